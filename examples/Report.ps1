<#
.SYNOPSIS
    A short report over RelationsTools' bundled data: the demo that README command 1 runs.
    Also an example of a report script of your own.
#>
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../module/RelationsTools') -Force

"RelationsTools demo report over the bundled data"
""
"== Sources by kind =="
Get-RelationsSource | Group-Object Kind | Sort-Object Count -Descending |
    Format-Table @{ n = 'Kind'; e = 'Name' }, Count, @{ n = 'Sources'; e = { $_.Group.Id -join ', ' } } -AutoSize -Wrap |
    Out-String -Width 160
