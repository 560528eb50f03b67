<#
.SYNOPSIS
    Builds RelationsTools, runs the demo report, or runs every test.
.DESCRIPTION
    Build: compiles the solution; the build lays out module/RelationsTools as a complete module.
    Demo:  builds, then runs examples/Report.ps1 over the bundled data in a fresh pwsh.
    Test:  builds, runs the xunit tests of Core and the Pester tests of the module (in a fresh pwsh,
           because a loaded DLL stays locked), and ends with one line 'N passed, N failed'.
    Run it through the repo's pinned PowerShell: dotnet tool restore && dotnet pwsh -File build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Demo', 'Test')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Native {
    param([string] $What, [scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE." }
}

Invoke-Native 'dotnet build' { dotnet build RelationsTools.sln -c $Configuration --nologo -v quiet -clp:NoSummary }

switch ($Task) {
    'Demo' {
        Invoke-Native 'The demo report' { dotnet pwsh -NoProfile -File examples/Report.ps1 }
    }
    'Test' {
        $results = Join-Path $PSScriptRoot 'TestResults'
        if (Test-Path $results) { Remove-Item $results -Recurse -Force }

        # Core's tests twice: against its net8.0 build, which the module ships, and its netstandard2.0 build, which
        # Windows PowerShell would load (its own #if branches and CsvHelper's netstandard2.0 build). They run on a
        # thread of their own while Pester runs, so the suite takes about as long as the longer of the two; each
        # run's console output is printed once it is over.
        $xunit = Start-ThreadJob -ArgumentList $PSScriptRoot, $Configuration, $results -ScriptBlock {
            param([string] $Root, [string] $Configuration, [string] $Results)
            foreach ($project in 'RelationsTools.Core.Tests', 'RelationsTools.Core.NetStandardTests') {
                $trx = Join-Path $Results "$project.trx"
                $log = dotnet test (Join-Path $Root "tests/$project") -c $Configuration --no-build --nologo `
                    --logger "trx;LogFileName=$project.trx" --logger 'console;verbosity=minimal' --results-directory $Results 2>&1
                $exit = $LASTEXITCODE
                $counts = [pscustomobject]@{ Project = $project; Log = ($log -join [Environment]::NewLine); Passed = 0; Failed = 0 }
                if (Test-Path $trx) {
                    $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
                    $counts.Passed = [int]$counters.passed
                    $counts.Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
                }
                else {
                    $counts.Log += [Environment]::NewLine + "dotnet test of $project wrote no results (exit code $exit)."
                }
                if ($exit -ne 0 -and $counts.Failed -eq 0) { $counts.Failed = 1 }   # the runner itself broke
                $counts
            }
        }

        $pesterJson = Join-Path $results 'pester.json'
        dotnet pwsh -NoProfile -File tests/Invoke-ModuleTests.ps1 -ResultPath $pesterJson
        $pester = if (Test-Path $pesterJson) { Get-Content -Raw $pesterJson | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
        if (-not (Test-Path $pesterJson)) { Write-Host "The Pester run wrote no results (exit code $LASTEXITCODE)." }

        $xunitRuns = @(Receive-Job $xunit -Wait -AutoRemoveJob)
        $xunitPassed = 0
        $xunitFailed = 0
        foreach ($run in $xunitRuns) {
            Write-Host $run.Log
            $xunitPassed += $run.Passed
            $xunitFailed += $run.Failed
        }
        if ($xunitRuns.Count -ne 2) { $xunitFailed++ }   # the job itself broke

        $passed = $xunitPassed + $pester.Passed
        $failed = $xunitFailed + $pester.Failed
        Write-Host "xunit: $xunitPassed passed, $xunitFailed failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed, $($pester.Skipped) skipped"
        Write-Output "$passed passed, $failed failed"
        if ($failed -gt 0) { exit 1 }
    }
}
