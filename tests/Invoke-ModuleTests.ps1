<#
.SYNOPSIS
    Runs the module's Pester tests and writes their counts as JSON. Called by build.ps1 in a fresh pwsh,
    after the build, so the module's DLLs are loaded from their final place and nothing stays locked.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Invoke-ModuleTests.ps1 -ResultPath ./pester.json -Path tests/Module/Queries.Tests.ps1
    Runs one file.
#>
param(
    [Parameter(Mandatory)] [string] $ResultPath,
    # Test files or folders; all of tests/Module by default.
    [string[]] $Path = (Join-Path $PSScriptRoot 'Module')
)

$ErrorActionPreference = 'Stop'

# Pester comes from NuGet (a PackageDownload in the Core test project), not from a gallery install.
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$pester = Join-Path $packages 'pester/6.2.0/tools/Pester.psd1'
if (-not (Test-Path $pester)) { throw "Pester 6.2.0 not found at $pester; run 'dotnet restore' first." }
Import-Module $pester -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'

# The files share this session: a test that changes its culture and does not put it back runs every later file
# under another culture than the one the user started with.
$culture = [cultureinfo]::CurrentCulture, [cultureinfo]::CurrentUICulture
$result = Invoke-Pester -Configuration $configuration
$cultureLeaks = 0
if ([cultureinfo]::CurrentCulture.Name -ne $culture[0].Name -or [cultureinfo]::CurrentUICulture.Name -ne $culture[1].Name) {
    Write-Error "A test changed the session's culture from '$($culture[0].Name)' (UI '$($culture[1].Name)') to '$([cultureinfo]::CurrentCulture.Name)' (UI '$([cultureinfo]::CurrentUICulture.Name)') and did not restore it." -ErrorAction Continue
    $cultureLeaks = 1
}

# A run that Pester itself could not make (no test file found, a crash) counts as a failure, never as nothing failed.
$notRun = if ($null -eq $result -or $result.Result -notin 'Passed', 'Failed') { 1 } else { 0 }
[pscustomobject]@{
    Passed  = [int]$result.PassedCount
    Failed  = [int]$result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount + $cultureLeaks + $notRun
    Skipped = $result.SkippedCount
} | ConvertTo-Json | Set-Content -LiteralPath $ResultPath
