<#
.SYNOPSIS
    Benchmarks RelationsTools against the obvious alternatives, all measured in this one run on the same
    files and the same machine, and prints the tables that README quotes.
.DESCRIPTION
    Generates deterministic synthetic data (bench/SyntheticData.cs: 1,000,000 events and 1,000,000 trade
    figures, and 250,000 of each for the memory comparison) in a temp folder, then measures, each in a
    fresh pwsh process so that peak memory is per measurement, each figure the median of its runs:
      - the selective query (Get-RelationsEvent -DataPath -From -To -Category, about 1% of rows)
        against Import-Csv | Where-Object doing the same filter and against a bare CsvHelper scan
        (bench/BareScan: same CsvHelper build, testing the same two fields, on one thread); the module reads a
        large file on every core, so the query is also measured on one (RELATIONSTOOLS_THREADS=1), and what
        8 cores would give is estimated from the two;
      - keyword queries (one keyword, three keywords, a keyword found nowhere) against
        Import-Csv | Where-Object { $_.Title -like '*k*' -or $_.Summary -like '*k*' } with one keyword;
      - a first query on the large file in a fresh process, with no warm-up (what one script sees);
      - Test-RelationsData over the whole folder (1M events plus 1M figures);
      - peak working set at 250k and at 1M rows;
      - start-up: Import-Module plus a first bundled query against a bare pwsh, over fresh processes, and the
        same on a precompiled (ReadyToRun) copy of the running PowerShell when that one is IL only, as the
        repo's pinned dotnet tool is (see Get-PrecompiledPowerShell).
    Every timed query but the cold one runs first, untimed, on a 60,000-row folder (9 MB: large enough to be
    split between threads, as the timed file is), so what is timed is the scan, not the JIT compiling it
    (the cold measurement shows that cost). It exits with 1 when a
    streamed query returns other rows (ids) than Import-Csv does for the same filter.
    Run from the repo root after a build:  dotnet pwsh -NoProfile -File bench/Measure-Query.ps1
#>
[CmdletBinding()]
param(
    [int] $Rows = 1000000,
    [int] $SmallRows = 250000,
    [string] $WorkFolder = (Join-Path ([IO.Path]::GetTempPath()) 'relationstools-bench'),
    # Runs per scan measurement (the median is reported).
    [int] $Repeat = 5,
    # Fresh processes per start-up measurement (the median is reported).
    [int] $StartupRuns = 11
)

$ErrorActionPreference = 'Stop'
$repo = Split-Path -Parent $PSScriptRoot
$module = Join-Path $repo 'module/RelationsTools'
$moduleDll = Join-Path $module 'bin/RelationsTools.PowerShell.dll'
if (-not (Test-Path $moduleDll)) { throw "Build first: $moduleDll is missing (dotnet pwsh -File build.ps1)." }
$pwsh = [Environment]::ProcessPath    # the same PowerShell that runs this script
[string[]] $pwshArgs = if ((Split-Path -Leaf $pwsh) -like 'dotnet*') { 'pwsh' } else { @() }
$invariant = [Globalization.CultureInfo]::InvariantCulture

# ---------------------------------------------------------------- data
function New-SyntheticData([string] $Folder, [int] $Count) {
    $null = New-Item -ItemType Directory -Force $Folder
    $events = Join-Path $Folder 'events.csv'
    $figures = Join-Path $Folder 'trade-figures.csv'
    $stamp = Join-Path $Folder 'generator.sha256'
    # The generator's hash and the row count: a folder made by another generator or of another size is made again.
    $generator = '{0} {1}' -f (Get-FileHash (Join-Path $PSScriptRoot 'SyntheticData.cs')).Hash, $Count
    if ((Test-Path $events) -and (Test-Path $figures) -and (Test-Path $stamp) -and (Get-Content $stamp) -eq $generator) { return }
    if (-not ('RelationsBenchData' -as [type])) { Add-Type -Path (Join-Path $PSScriptRoot 'SyntheticData.cs') }
    [RelationsBenchData]::Write($events, $figures, $Count)
    Set-Content $stamp $generator
}

# ---------------------------------------------------------------- one measurement per fresh process
# Each prints one line of JSON: Seconds, Selected (rows returned), Digest (of their sorted ids), PeakMB.
# Both PowerShell sides keep their results (@(...)), as a script assigning them to a variable would.
$prologue = @'
param($module, $folder, $warmup, $what)
$ErrorActionPreference = 'Stop'
function Write-Result($clock, $rows) {
    $ids = [string[]]@($rows | ForEach-Object Id)
    [Array]::Sort($ids, [StringComparer]::Ordinal)
    $digest = [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($ids -join "`n")))
    [pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Selected = $ids.Count; Digest = $digest; PeakMB = [math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB) } | ConvertTo-Json -Compress
}
'@
$filters = @{
    # Category Trade and a date inside 2010-2017: 8 of 100 years x 1 of 8 categories, about 1%.
    Selective = @{ Cmdlet = @{ From = '2010'; To = '2017'; Category = 'Trade' }; Like = { $_.Category -eq 'Trade' -and $_.Date -ge '2010' -and $_.Date -lt '2018' } }
    SelectiveFileOrder = @{ Cmdlet = @{ From = '2010'; To = '2017'; Category = 'Trade'; FileOrder = $true } }
    OneKeyword = @{ Cmdlet = @{ Keyword = 'cashew' }; Like = { $_.Title -like '*cashew*' -or $_.Summary -like '*cashew*' } }
    ThreeKeywords = @{ Cmdlet = @{ Keyword = 'cashew', 'pepper', 'durian' } }
    NoMatchKeyword = @{ Cmdlet = @{ Keyword = 'zzyzx' } }
    ThreeNoMatchKeywords = @{ Cmdlet = @{ Keyword = 'zzyzx', 'qqxqq', 'jjvjj' } }
}
$measurements = @{
    Cmdlet    = $prologue + @'
$filter = [scriptblock]::Create($what).Invoke()[0]
Import-Module $module
Get-RelationsEvent -DataPath $warmup @filter | Out-Null
$clock = [Diagnostics.Stopwatch]::StartNew()
$rows = @(Get-RelationsEvent -DataPath $folder @filter)
$clock.Stop()
Write-Result $clock $rows
'@
    ColdCmdlet = $prologue + @'
$filter = [scriptblock]::Create($what).Invoke()[0]
$clock = [Diagnostics.Stopwatch]::StartNew()
Import-Module $module
$rows = @(Get-RelationsEvent -DataPath $folder @filter)
$clock.Stop()
Write-Result $clock $rows
'@
    ImportCsv = $prologue + @'
$like = [scriptblock]::Create($what)
Import-Csv (Join-Path $warmup 'events.csv') | Where-Object $like | Out-Null
$clock = [Diagnostics.Stopwatch]::StartNew()
$rows = @(Import-Csv (Join-Path $folder 'events.csv') | Where-Object $like)
$clock.Stop()
Write-Result $clock $rows
'@
    TestData  = $prologue + @'
Import-Module $module
Test-RelationsData $warmup | Out-Null
$clock = [Diagnostics.Stopwatch]::StartNew()
$problems = @(Test-RelationsData $folder)
$clock.Stop()
[pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Selected = $problems.Count; Digest = ''; PeakMB = [math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB) } | ConvertTo-Json -Compress
'@
}

function ConvertTo-Literal([hashtable] $Splat) {
    # A hashtable as PowerShell source, to hand a filter to a fresh process.
    $pairs = foreach ($key in $Splat.Keys) {
        $value = if ($Splat[$key] -is [bool]) { '$' + $Splat[$key] } else { (@($Splat[$key]) | ForEach-Object { "'$_'" }) -join ', ' }
        "$key = $value"
    }
    '@{ ' + ($pairs -join '; ') + ' }'
}

function Invoke-Measurement([string] $Name, [string] $Folder, [string] $What, [switch] $OneThread) {
    if ($Name -eq 'BareScan') {
        $json = & dotnet $bareScan $Folder $warmupFolder
        if ($LASTEXITCODE -ne 0) { throw "BareScan failed: $json" }
        return $json | ConvertFrom-Json
    }

    $script = Join-Path $WorkFolder "$Name.ps1"
    Set-Content -LiteralPath $script -Value $measurements[$Name]
    # The module reads a large file on every core; RELATIONSTOOLS_THREADS=1 shows what one core gives.
    $threads = $env:RELATIONSTOOLS_THREADS
    $env:RELATIONSTOOLS_THREADS = if ($OneThread) { '1' } else { $null }
    try {
        $json = & $pwsh @pwshArgs -NoProfile -File $script $module $Folder $warmupFolder $What
    } finally {
        $env:RELATIONSTOOLS_THREADS = $threads
    }
    if ($LASTEXITCODE -ne 0) { throw "$Name failed: $json" }
    $json | Select-Object -Last 1 | ConvertFrom-Json
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

# Runs the measurements in turn, $Times rounds, so that a slow spell of the machine falls on each of them alike
# and not on one side of a ratio; each gets the median of its runs.
function Measure-Medians([hashtable[]] $Specs, [int] $Times) {
    $runs = @{}
    foreach ($spec in $Specs) { $runs[$spec.Key] = [Collections.Generic.List[object]]::new() }
    for ($i = 0; $i -lt $Times; $i++) {
        foreach ($spec in $Specs) {
            $runs[$spec.Key].Add((Invoke-Measurement $spec.Name $spec.Folder $spec.What -OneThread:([bool]$spec.OneThread)))
        }
    }

    $medians = [ordered]@{}
    foreach ($spec in $Specs) {
        $these = $runs[$spec.Key]
        if (@($these.Digest | Sort-Object -Unique).Count -gt 1) { throw "$($spec.Name) $($spec.What) returned different rows in different runs." }
        $medians[$spec.Key] = [pscustomobject]@{
            Seconds  = Get-Median $these.Seconds
            Selected = $these[0].Selected
            Digest   = $these[0].Digest
            PeakMB   = Get-Median $these.PeakMB
        }
    }

    $medians
}

function Measure-Median([string] $Name, [string] $Folder, [int] $Times, [string] $What = '', [switch] $OneThread) {
    (Measure-Medians @(@{ Key = $Name; Name = $Name; Folder = $Folder; What = $What; OneThread = [bool]$OneThread }) $Times)[$Name]
}

function Measure-Startup([object[]] $Launches, [int] $Times) {
    # Each launch: a PowerShell (Exe and Arguments) and a Command. Interleaved, so that a burst of load on a
    # shared machine falls on every launch alike.
    $seconds = foreach ($launch in $Launches) { ,[Collections.Generic.List[double]]::new() }
    for ($i = 0; $i -lt $Times; $i++) {
        for ($l = 0; $l -lt $Launches.Count; $l++) {
            $launch = $Launches[$l]
            $launchArgs = $launch.Arguments
            $clock = [Diagnostics.Stopwatch]::StartNew()
            & $launch.Exe @launchArgs -NoProfile -Command $launch.Command | Out-Null
            $clock.Stop()
            if ($LASTEXITCODE -ne 0) { throw "Start-up command failed: $($launch.Command)" }
            $seconds[$l].Add($clock.Elapsed.TotalSeconds)
        }
    }
    $seconds | ForEach-Object { Get-Median $_ }
}

function Test-ReadyToRun([string] $Path) {
    # True when the assembly holds precompiled (ReadyToRun) code; false for IL only, or a file that is no .NET assembly.
    try {
        $stream = [IO.File]::OpenRead($Path)
        try {
            $headers = [Reflection.PortableExecutable.PEReader]::new($stream).PEHeaders
            $null -ne $headers.CorHeader -and $headers.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0
        } finally { $stream.Dispose() }
    } catch { $false }
}

function Get-PrecompiledPowerShell {
    <#
        The pwsh.dll of a copy of the running PowerShell with every assembly precompiled (ReadyToRun), as PowerShell's
        release packages are; $null, with a line saying why, when the running one is precompiled already or Crossgen2
        for this runtime is not in the NuGet cache (a Release build of the module fetches it). The repo's pinned
        PowerShell, the dotnet tool package, ships its assemblies as IL only, so every new process JIT-compiles
        PowerShell itself, which start-up then measures more than the module.
    #>
    if (Test-ReadyToRun (Join-Path $PSHOME 'System.Management.Automation.dll')) { return $null }
    $rid = [Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier -replace '^(linux-musl|linux|osx|win)-.*$', '$1'
    $arch = [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
    $os = @{ linux = 'linux'; 'linux-musl' = 'linux'; osx = 'osx'; win = 'windows' }[$rid]
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $crossgen = Join-Path $packages ('microsoft.netcore.app.crossgen2.{0}-{1}/{2}/tools/crossgen2{3}' -f $rid, $arch, [Environment]::Version, $(if ($IsWindows) { '.exe' } else { '' }))
    if (-not (Test-Path $crossgen)) {
        $script:precompiledNote = "No start-up on a precompiled PowerShell: $crossgen is missing (a Release build fetches it)."
        return $null
    }

    $copy = Join-Path $WorkFolder ('pwsh-{0}-readytorun' -f $PSVersionTable.PSVersion)
    $stamp = Join-Path $copy 'readytorun.done'
    if (-not (Test-Path $stamp)) {
        if (Test-Path $copy) { Remove-Item -Recurse -Force $copy }
        Copy-Item -Recurse $PSHOME $copy
        $framework = [Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
        $compiled = Join-Path $copy 'readytorun.tmp'
        # The arguments go in a response file: PowerShell on Unix would expand a '*.dll' argument into file names.
        $arguments = Join-Path $copy 'crossgen.rsp'
        foreach ($assembly in Get-ChildItem (Join-Path $copy '*.dll')) {
            if (Test-ReadyToRun $assembly.FullName) { continue }
            Set-Content -LiteralPath $arguments -Value @("-r:$(Join-Path $framework '*.dll')", "-r:$(Join-Path $copy '*.dll')", "--targetos:$os", "--targetarch:$arch", '-O', $assembly.FullName, "-o:$compiled")
            # A facade or an assembly for another platform may not compile; it stays IL.
            & $crossgen "@$arguments" *> $null
            if ($LASTEXITCODE -eq 0 -and (Test-Path $compiled)) { Move-Item -Force $compiled $assembly.FullName }
        }
        Remove-Item -LiteralPath $arguments -ErrorAction Ignore
        if (-not (Test-ReadyToRun (Join-Path $copy 'System.Management.Automation.dll'))) {
            $script:precompiledNote = "No start-up on a precompiled PowerShell: Crossgen2 did not compile System.Management.Automation.dll in $copy."
            return $null
        }
        Set-Content $stamp ''
    }
    Join-Path $copy 'pwsh.dll'
}

function Get-Machine {
    $cpu = if (Test-Path /proc/cpuinfo) {
        (Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1).Matches.Groups[1].Value
    } elseif ($IsMacOS) { (& sysctl -n machdep.cpu.brand_string) } else { $env:PROCESSOR_IDENTIFIER }
    '{0}, {1} logical cores, {2}, .NET {3}, PowerShell {4}' -f $cpu.Trim(), [Environment]::ProcessorCount,
        [Runtime.InteropServices.RuntimeInformation]::OSDescription, [Environment]::Version, $PSVersionTable.PSVersion
}

# On a shared machine the other load moves every figure; the 1-minute load average at the start and the end says how much.
function Get-Load { if (Test-Path /proc/loadavg) { (Get-Content /proc/loadavg).Split(' ')[0] } else { 'n/a' } }

function Format-Seconds([double] $Value) { $Value.ToString('0.00', $invariant) }
function Format-Ratio([double] $Value) { $Value.ToString('0.0', $invariant) }

# ---------------------------------------------------------------- run
$loadAtStart = Get-Load
$null = New-Item -ItemType Directory -Force $WorkFolder
dotnet build (Join-Path $PSScriptRoot 'BareScan') -c Release -o (Join-Path $WorkFolder 'BareScan') --nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'Could not build bench/BareScan.' }
$bareScan = Join-Path $WorkFolder 'BareScan/BareScan.dll'
$warmupFolder = Join-Path $WorkFolder 'warmup'
$large = Join-Path $WorkFolder "rows-$Rows"
$small = Join-Path $WorkFolder "rows-$SmallRows"
# Over 8 MB, so that the warm-up is read on the same path as the large file (split between threads from 8 MB).
$warmupRows = 60000
New-SyntheticData $warmupFolder $warmupRows
New-SyntheticData $large $Rows
New-SyntheticData $small $SmallRows
$sizeMB = (Get-Item (Join-Path $large 'events.csv')).Length / 1MB
$allSizeMB = $sizeMB + (Get-Item (Join-Path $large 'trade-figures.csv')).Length / 1MB

$selective = ConvertTo-Literal $filters.Selective.Cmdlet
$selectiveFileOrder = ConvertTo-Literal $filters.SelectiveFileOrder.Cmdlet
$oneKeyword = ConvertTo-Literal $filters.OneKeyword.Cmdlet
$threeKeywords = ConvertTo-Literal $filters.ThreeKeywords.Cmdlet
$noMatch = ConvertTo-Literal $filters.NoMatchKeyword.Cmdlet
$threeNoMatch = ConvertTo-Literal $filters.ThreeNoMatchKeywords.Cmdlet

# The measurements that a ratio compares run in turn (see Measure-Medians).
$r = Measure-Medians @(
    @{ Key = 'Cmdlet'; Name = 'Cmdlet'; Folder = $large; What = $selective }
    @{ Key = 'FileOrder'; Name = 'Cmdlet'; Folder = $large; What = $selectiveFileOrder }
    @{ Key = 'ImportCsv'; Name = 'ImportCsv'; Folder = $large; What = $filters.Selective.Like.ToString() }
    @{ Key = 'Bare'; Name = 'BareScan'; Folder = $large }
    @{ Key = 'CmdletOneThread'; Name = 'Cmdlet'; Folder = $large; What = $selective; OneThread = $true }
) $Repeat
$keywords = Measure-Medians @(
    @{ Key = 'Keyword1'; Name = 'Cmdlet'; Folder = $large; What = $oneKeyword }
    @{ Key = 'Keyword1OneThread'; Name = 'Cmdlet'; Folder = $large; What = $oneKeyword; OneThread = $true }
    @{ Key = 'Keyword3'; Name = 'Cmdlet'; Folder = $large; What = $threeKeywords }
    @{ Key = 'KeywordNone'; Name = 'Cmdlet'; Folder = $large; What = $noMatch }
    @{ Key = 'KeywordNone3'; Name = 'Cmdlet'; Folder = $large; What = $threeNoMatch }
    @{ Key = 'ImportCsvKeyword'; Name = 'ImportCsv'; Folder = $large; What = $filters.OneKeyword.Like.ToString() }
) $Repeat
foreach ($key in $keywords.Keys) { $r[$key] = $keywords[$key] }
$r.Cold = Measure-Median ColdCmdlet $large $Repeat $selective
$r.TestData = Measure-Median TestData $large $Repeat
$r.CmdletSmall = Measure-Median Cmdlet $small 1 $selective
$r.FileOrderSmall = Measure-Median Cmdlet $small 1 $selectiveFileOrder
$r.Keyword1Small = Measure-Median Cmdlet $small 1 $oneKeyword
$r.ImportCsvSmall = Measure-Median ImportCsv $small 1 $filters.Selective.Like.ToString()
$r.BareSmall = Measure-Median BareScan $small 1
$r.TestDataSmall = Measure-Median TestData $small 1

$firstQuery = "Import-Module '$module'; `$null = Get-RelationsEvent -Category Trade"
$launches = @(
    @{ Exe = $pwsh; Arguments = $pwshArgs; Command = '$null' }
    @{ Exe = $pwsh; Arguments = $pwshArgs; Command = $firstQuery }
)
$precompiledNote = $null
$precompiled = Get-PrecompiledPowerShell
if ($precompiled) {
    $dotnet = if ((Split-Path -Leaf $pwsh) -like 'dotnet*') { $pwsh } else { 'dotnet' }
    $launches += @{ Exe = $dotnet; Arguments = @($precompiled); Command = '$null' }
    $launches += @{ Exe = $dotnet; Arguments = @($precompiled); Command = $firstQuery }
}
$startBare, $startModule, $startBarePrecompiled, $startModulePrecompiled = Measure-Startup $launches $StartupRuns

# ---------------------------------------------------------------- report
"Machine: $(Get-Machine); load average $loadAtStart at the start, $(Get-Load) at the end"
"Synthetic events.csv: {0:N0} rows, {1:N1} MB (trade-figures.csv as many rows; {2:N0}-row files for the memory column). Each time is the median of {3} runs, each in a fresh process after an untimed warm-up on {5:N0} rows unless it says otherwise, and the runs that a ratio compares take turns; start-up is the median of {4} fresh processes each." -f $Rows, $sizeMB, $SmallRows, $Repeat, $StartupRuns, $warmupRows
''
'| measurement | rows returned | time (s) | scan rate (MB/s) | ratio | peak WS {0:N0}k (MB) | peak WS {1:N0}k (MB) |' -f ($SmallRows / 1000), ($Rows / 1000)
'| --- | ---: | ---: | ---: | --- | ---: | ---: |'
function Write-Row([string] $Label, $Result, [string] $Ratio, $Small, [double] $MB = $sizeMB) {
    $smallPeak = if ($Small) { $Small.PeakMB } else { '' }
    '| {0} | {1:N0} | {2} | {3} | {4} | {5} | {6} |' -f $Label, $Result.Selected, (Format-Seconds $Result.Seconds), ($MB / $Result.Seconds).ToString('0', $invariant), $Ratio, $smallPeak, $Result.PeakMB
}
Write-Row 'Get-RelationsEvent -DataPath -From -To -Category (chronological, the default)' $r.Cmdlet ('Import-Csv takes {0}x its time; it takes {1}x the bare scan''s' -f (Format-Ratio ($r.ImportCsv.Seconds / $r.Cmdlet.Seconds)), (Format-Ratio ($r.Cmdlet.Seconds / $r.Bare.Seconds))) $r.CmdletSmall
Write-Row 'the same with -FileOrder (streamed as read)' $r.FileOrder ('Import-Csv takes {0}x its time; it takes {1}x the bare scan''s' -f (Format-Ratio ($r.ImportCsv.Seconds / $r.FileOrder.Seconds)), (Format-Ratio ($r.FileOrder.Seconds / $r.Bare.Seconds))) $r.FileOrderSmall
Write-Row 'the same on one thread (RELATIONSTOOLS_THREADS=1)' $r.CmdletOneThread ('Import-Csv takes {0}x its time; it takes {1}x the bare scan''s' -f (Format-Ratio ($r.ImportCsv.Seconds / $r.CmdletOneThread.Seconds)), (Format-Ratio ($r.CmdletOneThread.Seconds / $r.Bare.Seconds))) $null
Write-Row 'Import-Csv \| Where-Object (same filter)' $r.ImportCsv '' $r.ImportCsvSmall
Write-Row 'bare CsvHelper scan (same build, same two fields)' $r.Bare '' $r.BareSmall
Write-Row 'Get-RelationsEvent -DataPath -Keyword cashew' $r.Keyword1 ('Import-Csv -like takes {0}x its time' -f (Format-Ratio ($r.ImportCsvKeyword.Seconds / $r.Keyword1.Seconds))) $r.Keyword1Small
Write-Row 'the same on one thread (RELATIONSTOOLS_THREADS=1)' $r.Keyword1OneThread ('Import-Csv -like takes {0}x its time' -f (Format-Ratio ($r.ImportCsvKeyword.Seconds / $r.Keyword1OneThread.Seconds))) $null
Write-Row 'Get-RelationsEvent -DataPath -Keyword cashew,pepper,durian' $r.Keyword3 ('one-keyword Import-Csv -like takes {0}x its time; {1} s per extra keyword' -f (Format-Ratio ($r.ImportCsvKeyword.Seconds / $r.Keyword3.Seconds)), (Format-Seconds (($r.Keyword3.Seconds - $r.Keyword1.Seconds) / 2))) $null
Write-Row 'Get-RelationsEvent -DataPath -Keyword zzyzx (found nowhere)' $r.KeywordNone ('Import-Csv -like takes {0}x its time' -f (Format-Ratio ($r.ImportCsvKeyword.Seconds / $r.KeywordNone.Seconds))) $null
Write-Row 'Get-RelationsEvent -DataPath -Keyword zzyzx,qqxqq,jjvjj (found nowhere)' $r.KeywordNone3 ('Import-Csv -like takes {0}x its time; {1} s per extra keyword' -f (Format-Ratio ($r.ImportCsvKeyword.Seconds / $r.KeywordNone3.Seconds)), (Format-Seconds (($r.KeywordNone3.Seconds - $r.KeywordNone.Seconds) / 2))) $null
Write-Row 'Import-Csv \| Where-Object { $_.Title -like ''\*cashew\*'' -or $_.Summary -like ''\*cashew\*'' }' $r.ImportCsvKeyword '' $null
Write-Row 'cold: Import-Module + the selective query, fresh process, no warm-up' $r.Cold ('{0}x the warm query''s time' -f (Format-Ratio ($r.Cold.Seconds / $r.Cmdlet.Seconds))) $null
Write-Row ('Test-RelationsData (events and figures, {0:N0} MB)' -f $allSizeMB) $r.TestData ('{0:N0} rows/s' -f (2 * $Rows / $r.TestData.Seconds)) $r.TestDataSmall $allSizeMB
''
# What more cores would give, from this run alone: the part of the one-thread time that the threads shared
# (Amdahl's law fitted to one and N threads), the rest (start, sort, output to the pipeline) taken as serial.
$cores = [Environment]::ProcessorCount
foreach ($pair in @(@('the selective query', $r.CmdletOneThread, $r.Cmdlet), @('one keyword', $r.Keyword1OneThread, $r.Keyword1))) {
    $label, $one, $many = $pair
    if ($cores -lt 2) { "Parallel read of $label`: this machine has one core, so no estimate."; continue }
    $parallel = [math]::Min(1.0, [math]::Max(0.0, (1 - $many.Seconds / $one.Seconds) / (1 - 1 / $cores)))
    $eight = $one.Seconds * ((1 - $parallel) + $parallel / 8)
    'Parallel read of {0}: {1}x faster on {2} cores than on one; {3:P0} of its one-thread time ran in parallel, so 8 cores would take about {4} s ({5}x Import-Csv).' -f $label,
        (Format-Ratio ($one.Seconds / $many.Seconds)), $cores, $parallel, (Format-Seconds $eight),
        (Format-Ratio ((& { if ($label -eq 'one keyword') { $r.ImportCsvKeyword } else { $r.ImportCsv } }).Seconds / $eight))
}
''
'| start-up (median of {0} fresh processes) | time (s) |' -f $StartupRuns
'| --- | ---: |'
'| pwsh -c $null | {0} |' -f (Format-Seconds $startBare)
'| pwsh -c Import-Module + first bundled query | {0} (+{1}) |' -f (Format-Seconds $startModule), (Format-Seconds ($startModule - $startBare))
if ($precompiled) {
    '| the same PowerShell precompiled (ReadyToRun), as its release packages ship: pwsh -c $null | {0} |' -f (Format-Seconds $startBarePrecompiled)
    '| the same, precompiled: pwsh -c Import-Module + first bundled query | {0} (+{1}) |' -f (Format-Seconds $startModulePrecompiled), (Format-Seconds ($startModulePrecompiled - $startBarePrecompiled))
} elseif ($precompiledNote) {
    ''
    $precompiledNote
}

# ---------------------------------------------------------------- the same rows, or the numbers mean nothing
$mismatches = @(
    if ($r.Cmdlet.Digest -ne $r.ImportCsv.Digest) { "the selective query returned $($r.Cmdlet.Selected) rows, Import-Csv $($r.ImportCsv.Selected), with different ids" }
    if ($r.FileOrder.Digest -ne $r.ImportCsv.Digest) { "the selective query with -FileOrder returned $($r.FileOrder.Selected) rows, Import-Csv $($r.ImportCsv.Selected), with different ids" }
    if ($r.Cmdlet.Selected -ne $r.Bare.Selected) { "the selective query returned $($r.Cmdlet.Selected) rows, the bare scan counted $($r.Bare.Selected)" }
    if ($r.Cold.Digest -ne $r.Cmdlet.Digest) { 'the cold query returned other rows than the warm one' }
    if ($r.CmdletOneThread.Digest -ne $r.Cmdlet.Digest -or $r.Keyword1OneThread.Digest -ne $r.Keyword1.Digest) { 'a query read on one thread returned other rows than on every core' }
    if ($r.Keyword1.Digest -ne $r.ImportCsvKeyword.Digest) { "-Keyword cashew returned $($r.Keyword1.Selected) rows, Import-Csv -like $($r.ImportCsvKeyword.Selected), with different ids" }
    if ($r.KeywordNone.Selected -ne 0 -or $r.KeywordNone3.Selected -ne 0) { "a keyword found nowhere returned rows" }
    if ($r.TestData.Selected -ne 0) { "Test-RelationsData found $($r.TestData.Selected) problems in the synthetic folder" }
)
if ($mismatches) {
    $mismatches | ForEach-Object { [Console]::Error.WriteLine("MISMATCH: $_") }
    exit 1
}
