# Dot-sourced by the tests that need a process of their own: a session that loaded another CsvHelper
# before the module, an import by name from a saved repository, a PSResourceGet whose state lives in
# $TestDrive. Runs the same PowerShell that runs the tests.

function Invoke-FreshPwsh {
    <#
    .SYNOPSIS
        Runs a script file in a new pwsh process and returns its exit code, standard output and error.
    #>
    param(
        [Parameter(Mandatory)] [string] $File,
        [string[]] $ArgumentList = @(),
        # Variables to set (or, with $null, remove) in the child's environment.
        [hashtable] $Environment = @{},
        [string] $WorkingDirectory = (Get-Location -PSProvider FileSystem).ProviderPath
    )

    $host_ = [Environment]::ProcessPath
    $start = [System.Diagnostics.ProcessStartInfo]::new($host_)
    # Under 'dotnet pwsh' (the repo's pinned tool) the process is dotnet itself: run pwsh.dll with it.
    if ((Split-Path -Leaf $host_) -like 'dotnet*') { $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    foreach ($argument in @('-NoProfile', '-NonInteractive', '-File', $File) + $ArgumentList) { $start.ArgumentList.Add($argument) }
    $start.WorkingDirectory = $WorkingDirectory
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $start.Environment.Remove($name) } else { $start.Environment[$name] = [string]$Environment[$name] }
    }

    $process = [System.Diagnostics.Process]::Start($start)
    $errorText = $process.StandardError.ReadToEndAsync()
    $output = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    [pscustomobject]@{
        ExitCode = $process.ExitCode
        Output   = $output
        Error    = $errorText.Result
    }
}

function Get-NuGetPackageFolder {
    if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
}
