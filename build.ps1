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

        dotnet test tests/RelationsTools.Core.Tests -c $Configuration --no-build --nologo `
            --logger 'trx;LogFileName=core.trx' --logger 'console;verbosity=minimal' --results-directory $results
        $xunitExit = $LASTEXITCODE
        $trx = Join-Path $results 'core.trx'
        if (-not (Test-Path $trx)) { throw "dotnet test wrote no results (exit code $xunitExit)." }
        $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
        $xunitPassed = [int]$counters.passed
        $xunitFailed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted

        $pesterJson = Join-Path $results 'pester.json'
        dotnet pwsh -NoProfile -File tests/Invoke-ModuleTests.ps1 -ResultPath $pesterJson
        if (-not (Test-Path $pesterJson)) { throw "The Pester run wrote no results (exit code $LASTEXITCODE)." }
        $pester = Get-Content -Raw $pesterJson | ConvertFrom-Json

        $passed = $xunitPassed + $pester.Passed
        $failed = $xunitFailed + $pester.Failed
        if ($xunitExit -ne 0 -and $xunitFailed -eq 0) { $failed++ }   # the runner itself broke
        Write-Host "xunit: $xunitPassed passed, $xunitFailed failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed, $($pester.Skipped) skipped"
        Write-Output "$passed passed, $failed failed"
        if ($failed -gt 0) { exit 1 }
    }
}
