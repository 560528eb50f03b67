<#
.SYNOPSIS
    A short report over RelationsTools' bundled data: the demo that README command 1 runs.
    Also an example of a report script of your own.
#>
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../module/RelationsTools') -Force

function Write-Section([string] $Title) { ''; "== $Title =="; }

'RelationsTools demo report over the bundled data'

Write-Section 'Sources by kind'
Get-RelationsSource | Group-Object Kind | Sort-Object Count -Descending |
    Format-Table @{ n = 'Kind'; e = 'Name' }, Count, @{ n = 'Sources'; e = { $_.Group.Id -join ', ' } } -AutoSize -Wrap |
    Out-String -Width 160

Write-Section 'Events by decade (of their first possible day)'
$events = Get-RelationsEvent
$events | Where-Object Start |
    Group-Object { '{0}s' -f ([math]::Floor($_.Start.Year / 10) * 10) } |
    Format-Table @{ n = 'Decade'; e = 'Name' }, Count, @{ n = 'Categories'; e = { ($_.Group.Category | Sort-Object -Unique) -join ', ' } } -AutoSize |
    Out-String -Width 160
$open = @($events | Where-Object { -not $_.Start -and $_.End }).Count
if ($open) { "($open events are known only as 'by' a date and have no first day.)" }
$undated = @($events | Where-Object Date -EQ '').Count
if ($undated) { "($undated events have no date at all: what an undated comment asserts about an undated past.)" }

Write-Section 'Trade figures'
Get-TradeFigure | Format-Table | Out-String -Width 200   # the default view: Period, Metric, Kind, Value, Sources

Write-Section 'Where sources agree, conflict or changed over time (Compare-Source)'
Compare-Source | Where-Object Status -NE Single |
    Format-Table Topic, Status, SourceCount, Summary -AutoSize -Wrap |
    Out-String -Width 160
"$(@(Compare-Source -Status Single).Count) more topics are stated by one document only. Conflict: values differ for the same period; Changed: they differ only between different periods."

Write-Section 'ISEAS vs Khmer Times on the topics both state'
Compare-Source -ReferenceSource iseas-2025-03-mending-fences -DifferenceSource khmertimes-2025-08-18-border-trade -IncludeEqual |
    Where-Object SideIndicator -In '==', '<>' |
    Format-Table Topic, SideIndicator, Status, ReferenceValue, DifferenceValue -AutoSize |
    Out-String -Width 160

Write-Section 'The same data as a page: Export-RelationsReport'
# One self-contained HTML file (timeline, trade chart, comparison, sources); artifacts/ is ignored by git.
$artifacts = Join-Path $PSScriptRoot '../artifacts'
$null = New-Item -ItemType Directory -Path $artifacts -Force
$report = Export-RelationsReport -Path (Join-Path $artifacts 'RelationsReport.html') -Force
"HTML report: $($report.FullName)"
