<#
.SYNOPSIS
    Runs the module's Pester tests and writes their counts as JSON. Called by build.ps1 in a fresh pwsh,
    after the build, so the module's DLLs are loaded from their final place and nothing stays locked.
#>
param([Parameter(Mandatory)] [string] $ResultPath)

$ErrorActionPreference = 'Stop'

# Pester comes from NuGet (a PackageDownload in the Core test project), not from a gallery install.
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$pester = Join-Path $packages 'pester/6.2.0/tools/Pester.psd1'
if (-not (Test-Path $pester)) { throw "Pester 6.2.0 not found at $pester; run 'dotnet restore' first." }
Import-Module $pester -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = Join-Path $PSScriptRoot 'Module'
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $configuration

[pscustomobject]@{
    Passed  = $result.PassedCount
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount
} | ConvertTo-Json | Set-Content -LiteralPath $ResultPath
