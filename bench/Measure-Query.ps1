<#
.SYNOPSIS
    Benchmarks RelationsTools' streaming query over a large user folder against the obvious alternatives,
    all measured in this one run on the same files, and prints the table that README quotes.
.DESCRIPTION
    Generates deterministic synthetic data (1,000,000 events of ~100 bytes, 1,000,000 trade figures) in a
    temp folder, then measures, each in its own fresh pwsh process so peak memory is per measurement:
      - Get-RelationsEvent -DataPath ... -From -To -Category (about 1% of rows selected)
        vs Import-Csv events.csv | Where-Object doing the same filter;
      - the same cmdlet vs a bare CsvHelper scan (same CsvHelper build, testing the same two fields);
      - peak working set of each at 250k and at 1M rows;
      - Import-Module + first bundled query vs a bare pwsh start-up.
    Run from the repo root after a build:  dotnet pwsh -NoProfile -File bench/Measure-Query.ps1
#>
[CmdletBinding()]
param(
    [int] $Rows = 1000000,
    [int] $SmallRows = 250000,
    [string] $WorkFolder = (Join-Path ([IO.Path]::GetTempPath()) 'relationstools-bench'),
    [int] $Repeat = 3
)

$ErrorActionPreference = 'Stop'
$repo = Split-Path -Parent $PSScriptRoot
$module = Join-Path $repo 'module/RelationsTools'
$moduleDll = Join-Path $module 'bin/RelationsTools.PowerShell.dll'
if (-not (Test-Path $moduleDll)) { throw "Build first: $moduleDll is missing (dotnet build -c Release)." }
$pwsh = [Environment]::ProcessPath    # the same PowerShell that runs this script
[string[]] $pwshArgs = if ((Split-Path -Leaf $pwsh) -like 'dotnet*') { 'pwsh' } else { @() }

# ---------------------------------------------------------------- data
function New-SyntheticData([string] $Folder, [int] $Count) {
    $null = New-Item -ItemType Directory -Force $Folder
    $events = Join-Path $Folder 'events.csv'
    $figures = Join-Path $Folder 'trade-figures.csv'
    if ((Test-Path $events) -and (Test-Path $figures)) { return }
    Add-Type -TypeDefinition @'
using System;
using System.IO;
using System.Text;
public static class RelationsBenchData
{
    static readonly string[] Categories = { "Diplomacy", "Trade", "Investment", "Security", "Border", "Infrastructure", "Politics", "History" };
    static readonly string[] Actors = { "hun-sen", "to-lam", "hun-manet", "cambodia", "vietnam", "laos" };
    static readonly string[] Metrics = { "BilateralTrade", "CambodiaExportsToVietnam", "CambodiaImportsFromVietnam", "VietnamInvestmentCapital" };
    // Deterministic: the same seed gives the same files on every machine.
    public static void Write(string eventsPath, string figuresPath, int count)
    {
        var random = new Random(20261125);
        using (var w = new StreamWriter(eventsPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n");
            for (int i = 0; i < count; i++)
            {
                int year = 1950 + random.Next(100), month = 1 + random.Next(12), day = 1 + random.Next(28), shape = random.Next(3);
                string date = shape == 0 ? year.ToString("0000") : shape == 1 ? $"{year:0000}-{month:00}" : $"{year:0000}-{month:00}-{day:00}";
                w.Write($"ev-{i:0000000},{date},Synthetic event {i},A generated summary for event {i},{Categories[random.Next(8)]},{Actors[random.Next(6)]},,cicp-2020-07-13-new-heights ¶3,\n");
            }
        }
        using (var w = new StreamWriter(figuresPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n");
            for (int i = 0; i < count; i++)
            {
                int year = 1990 + random.Next(36);
                w.Write($"tf-{i:0000000},{Metrics[random.Next(4)]},{year:0000},{(random.Next(10) == 0 ? "Target" : "Actual")},{random.Next(1, 1000000) * 1000L},USD,Exact,cicp-2020-07-13-new-heights ¶5,\n");
            }
        }
    }
}
'@
    [RelationsBenchData]::Write($events, $figures, $Count)
}

# ---------------------------------------------------------------- one measurement per fresh process
# Each measurement prints JSON: seconds, selected rows, peak working set. The filter is the same in all:
# Category Trade and a date inside 2010-2017 (8 of 100 years x 1 of 8 categories = about 1%).
# Each first runs the same work on a 2,000-row file, untimed, so that what is timed is the scan, not
# the JIT compiling it or the module loading its bundled data (start-up is measured on its own below):
# this is the cost an analyst pays for a query in a session that has run one before. Both PowerShell
# measurements keep their results (@(...).Count), as a script assigning them to a variable would: the
# 1M-row run keeps four times as many rows as the 250k one, a few MB.
$measurements = @{
    Cmdlet   = @'
param($module, $folder, $warmup)
Import-Module $module
Get-RelationsEvent -DataPath $warmup -From 2010 -To 2017 -Category Trade | Out-Null
$clock = [Diagnostics.Stopwatch]::StartNew()
$n = @(Get-RelationsEvent -DataPath $folder -From 2010 -To 2017 -Category Trade).Count
$clock.Stop()
[pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Selected = $n; PeakMB = [math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB) } | ConvertTo-Json -Compress
'@
    ImportCsv = @'
param($module, $folder, $warmup)
Import-Csv (Join-Path $warmup 'events.csv') | Where-Object { $_.Category -eq 'Trade' -and $_.Date -ge '2010' -and $_.Date -lt '2018' } | Out-Null
$clock = [Diagnostics.Stopwatch]::StartNew()
$n = @(Import-Csv (Join-Path $folder 'events.csv') | Where-Object { $_.Category -eq 'Trade' -and $_.Date -ge '2010' -and $_.Date -lt '2018' }).Count
$clock.Stop()
[pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Selected = $n; PeakMB = [math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB) } | ConvertTo-Json -Compress
'@
}

function Invoke-Measurement([string] $Name, [string] $Folder) {
    if ($Name -eq 'BareScan') {
        $json = & dotnet $bareScan $Folder $warmupFolder
        if ($LASTEXITCODE -ne 0) { throw "BareScan failed: $json" }
        return $json | ConvertFrom-Json
    }
    $script = Join-Path $WorkFolder "$Name.ps1"
    Set-Content -LiteralPath $script -Value $measurements[$Name]
    $json = & $pwsh @pwshArgs -NoProfile -File $script $module $Folder $warmupFolder
    if ($LASTEXITCODE -ne 0) { throw "$Name failed: $json" }
    $json | Select-Object -Last 1 | ConvertFrom-Json
}

function Measure-Best([string] $Name, [string] $Folder, [int] $Times) {
    $runs = 1..$Times | ForEach-Object { Invoke-Measurement $Name $Folder }
    $best = $runs | Sort-Object Seconds | Select-Object -First 1
    [pscustomobject]@{ Seconds = $best.Seconds; Selected = $best.Selected; PeakMB = ($runs | Measure-Object PeakMB -Maximum).Maximum }
}

function Measure-Startup([string] $Command, [int] $Times) {
    $seconds = 1..$Times | ForEach-Object {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        & $pwsh @pwshArgs -NoProfile -Command $Command | Out-Null
        $clock.Stop()
        $clock.Elapsed.TotalSeconds
    }
    ($seconds | Measure-Object -Minimum).Minimum
}

# ---------------------------------------------------------------- run
$null = New-Item -ItemType Directory -Force $WorkFolder
dotnet build (Join-Path $PSScriptRoot 'BareScan') -c Release -o (Join-Path $WorkFolder 'BareScan') --nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'Could not build bench/BareScan.' }
$bareScan = Join-Path $WorkFolder 'BareScan/BareScan.dll'
$large = Join-Path $WorkFolder "rows-$Rows"
$warmupFolder = Join-Path $WorkFolder 'warmup'
New-SyntheticData $warmupFolder 2000
$small = Join-Path $WorkFolder "rows-$SmallRows"
New-SyntheticData $large $Rows
New-SyntheticData $small $SmallRows
$sizeMB = (Get-Item (Join-Path $large 'events.csv')).Length / 1MB
$smallSizeMB = (Get-Item (Join-Path $small 'events.csv')).Length / 1MB

$cmdlet = Measure-Best Cmdlet $large $Repeat
$bare = Measure-Best BareScan $large $Repeat
$importCsv = Measure-Best ImportCsv $large 1
$cmdletSmall = Measure-Best Cmdlet $small 1
$bareSmall = Measure-Best BareScan $small 1
$importCsvSmall = Measure-Best ImportCsv $small 1

if ($cmdlet.Selected -ne $importCsv.Selected -or $cmdlet.Selected -ne $bare.Selected) {
    throw "The three ways selected different rows: cmdlet $($cmdlet.Selected), Import-Csv $($importCsv.Selected), bare scan $($bare.Selected)."
}

$startBare = Measure-Startup '$null' $Repeat
$startModule = Measure-Startup "Import-Module '$module'; `$null = Get-RelationsEvent -Category Trade" $Repeat

$f = [Globalization.CultureInfo]::InvariantCulture
"Synthetic events.csv: {0:N0} rows, {1:N1} MB; filter selects {2:N0} rows ({3:P1}). Each measurement in a fresh process after an untimed warm-up on 2,000 rows; best of {4} runs for the cmdlet and the bare scan, one for Import-Csv." -f $Rows, $sizeMB, $cmdlet.Selected, ($cmdlet.Selected / $Rows), $Repeat
''
'| measurement | time (s) | scan rate (MB/s) | ratio | peak WS 250k (MB) | peak WS 1M (MB) |'
'| --- | ---: | ---: | ---: | ---: | ---: |'
'| Get-RelationsEvent -DataPath -From -To -Category | {0} | {1} | 1.0 | {2} | {3} |' -f $cmdlet.Seconds.ToString('0.00', $f), ($sizeMB / $cmdlet.Seconds).ToString('0', $f), $cmdletSmall.PeakMB, $cmdlet.PeakMB
'| Import-Csv \| Where-Object (same filter) | {0} | {1} | {2}x slower | {3} | {4} |' -f $importCsv.Seconds.ToString('0.00', $f), ($sizeMB / $importCsv.Seconds).ToString('0', $f), ($importCsv.Seconds / $cmdlet.Seconds).ToString('0.0', $f), $importCsvSmall.PeakMB, $importCsv.PeakMB
'| bare CsvHelper scan (same build, same two fields) | {0} | {1} | cmdlet takes {2}x its time | {3} | {4} |' -f $bare.Seconds.ToString('0.00', $f), ($sizeMB / $bare.Seconds).ToString('0', $f), ($cmdlet.Seconds / $bare.Seconds).ToString('0.0', $f), $bareSmall.PeakMB, $bare.PeakMB
''
'| start-up | time (s) |'
'| --- | ---: |'
'| pwsh -c $null | {0} |' -f $startBare.ToString('0.00', $f)
'| pwsh: Import-Module + first bundled query | {0} (+{1}) |' -f $startModule.ToString('0.00', $f), ($startModule - $startBare).ToString('0.00', $f)
