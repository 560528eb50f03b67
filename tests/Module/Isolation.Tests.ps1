# The module's dependencies (Core and CsvHelper) load into an AssemblyLoadContext of their own, from
# module/RelationsTools/dependencies, so another CsvHelper in the session cannot clash with them. The
# clash tests run in fresh processes: which CsvHelper a process loads first is for the life of the process.
BeforeAll {
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:ModulePath = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path
    Import-Module $ModulePath -Force

    # CsvHelper 33.1.0 (assembly version 33.0.0.0), fetched by a PackageDownload in the Core test project.
    $script:OtherCsvHelper = Join-Path (Get-NuGetPackageFolder) 'csvhelper/33.1.0/lib/net8.0/CsvHelper.dll'

    # Loads the other CsvHelper before or after the module, queries with both, and reports as JSON.
    $script:ClashScript = Join-Path $TestDrive 'clash.ps1'
    Set-Content -LiteralPath $ClashScript -Value @'
param([string] $Module, [string] $OtherCsvHelper, [string] $Order)
$ErrorActionPreference = 'Stop'
function Add-OtherCsvHelper { Add-Type -LiteralPath $OtherCsvHelper -PassThru | Where-Object FullName -EQ 'CsvHelper.CsvReader' }
if ($Order -eq 'OtherFirst') { $otherReader = Add-OtherCsvHelper }
Import-Module $Module
if ($Order -eq 'ModuleFirst') { $otherReader = Add-OtherCsvHelper }

$events = @(Get-RelationsEvent -From 2024-09-15 -To 2024-09-25)
$changed = @(Compare-Source -Status Changed)

# The other CsvHelper after the module's queries: the type its load returned still works, and the
# type name a script would write still means it.
$reader = $otherReader::new([System.IO.StringReader]::new("Name,Value`nanswer,42`n"), [cultureinfo]::InvariantCulture)
$null = $reader.Read(); $null = $reader.ReadHeader(); $null = $reader.Read()

$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -in 'CsvHelper', 'RelationsTools.Core' } |
    ForEach-Object { [pscustomobject]@{ Name = $_.GetName().Name; Version = $_.GetName().Version.ToString(); Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } }
[pscustomobject]@{
    EventIds        = $events.Id
    ChangedTopics   = $changed.Topic
    OtherValue      = $reader.GetField('Value')
    OtherVersion    = $otherReader.Assembly.GetName().Version.ToString()
    NameMeansOther  = [CsvHelper.CsvReader] -eq $otherReader
    Loaded          = @($loaded)
} | ConvertTo-Json -Depth 4 -Compress
'@
}

Describe 'The module layout' {
    It 'has only the cmdlet DLL in bin, and Core with its CsvHelper in dependencies' {
        (Get-ChildItem (Join-Path $ModulePath 'bin') -Filter *.dll).Name | Should -Be @('RelationsTools.PowerShell.dll')
        (Get-ChildItem (Join-Path $ModulePath 'dependencies') -Filter *.dll).Name | Sort-Object | Should -Be @('CsvHelper.dll', 'RelationsTools.Core.dll')
    }
}

Describe 'Precompiled dependencies' {
    BeforeAll {
        $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier -replace '^linux-musl-', 'linux-'
        $script:Precompiled = Join-Path $ModulePath "dependencies.net$([Environment]::Version.Major).0-$rid"
        $script:WhereCoreLoads = Join-Path $TestDrive 'where-core-loads.ps1'
        Set-Content -LiteralPath $WhereCoreLoads -Value @'
param([string] $Module)
$ErrorActionPreference = 'Stop'
Import-Module $Module
$null = Get-RelationsEvent -Category Trade
([RelationsTools.Model.RelationsEvent]).Assembly.Location
'@
    }

    It 'loads the ReadyToRun images built for this runtime and platform, when the module has them' {
        if (-not (Test-Path (Join-Path $ModulePath 'dependencies.net*'))) { Set-ItResult -Skipped -Because 'a Debug build precompiles nothing' }
        $Precompiled | Should -Exist -Because 'a Release build precompiles for the runtime of the PowerShell that runs the tests'
        $run = Invoke-FreshPwsh -File $WhereCoreLoads -ArgumentList $ModulePath
        $run.ExitCode | Should -Be 0 -Because $run.Error
        $run.Output.Trim() | Should -Be (Join-Path $Precompiled 'RelationsTools.Core.dll')
    }

    It 'loads the IL in dependencies where it has no images for this runtime and platform' {
        $copy = Join-Path $TestDrive 'RelationsTools'
        Copy-Item -LiteralPath $ModulePath -Destination $copy -Recurse
        Get-ChildItem -LiteralPath $copy -Directory -Filter 'dependencies.net*' | Remove-Item -Recurse -Force
        $run = Invoke-FreshPwsh -File $WhereCoreLoads -ArgumentList $copy
        $run.ExitCode | Should -Be 0 -Because $run.Error
        $run.Output.Trim() | Should -Be (Join-Path $copy 'dependencies/RelationsTools.Core.dll')
    }
}

Describe 'Dependency isolation' {
    It 'loads Core and CsvHelper into the module''s own load context, not the default one' {
        $null = Get-RelationsEvent -Id ev-1967-diplomatic-relations
        $core = (Get-Command Get-RelationsEvent).OutputType.Type.Assembly
        $core.GetName().Name | Should -Be 'RelationsTools.Core'
        (Split-Path -Leaf (Split-Path -Parent $core.Location)) | Should -BeLike 'dependencies*'
        (Split-Path -Parent (Split-Path -Parent $core.Location)) | Should -Be $ModulePath
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).Name | Should -Be 'RelationsTools'
        $default = [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies.GetName().Name
        $default | Should -Not -Contain 'RelationsTools.Core'
        $default | Should -Not -Contain 'CsvHelper'
        $default | Should -Contain 'RelationsTools.PowerShell'
    }

    It 'still resolves Core''s type names in scripts, to the types the cmdlets return' {
        (Get-RelationsEvent -Id ev-1967-diplomatic-relations).GetType() | Should -Be ([RelationsTools.Model.RelationsEvent])
        [RelationsTools.Model.FuzzyDate]::Parse('2024-09').End | Should -Be ([datetime]'2024-09-30')
    }

    It 'finds the bundled data beside its dependencies folder' {
        Test-RelationsData -Quiet | Should -BeTrue
        (Get-RelationsSource).Count | Should -BeGreaterThan 0
    }

    It 'has the other CsvHelper to test with' {
        $OtherCsvHelper | Should -Exist -Because 'dotnet restore of tests/RelationsTools.Core.Tests downloads CsvHelper 33.1.0'
        [System.Reflection.AssemblyName]::GetAssemblyName($OtherCsvHelper).Version | Should -Not -Be ([System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $ModulePath 'dependencies/CsvHelper.dll')).Version)
    }

    It 'works in a session that loaded another CsvHelper <Order>, and leaves that CsvHelper usable' -ForEach @(
        @{ Order = 'OtherFirst' }, @{ Order = 'ModuleFirst' }
    ) {
        $run = Invoke-FreshPwsh -File $ClashScript -ArgumentList $ModulePath, $OtherCsvHelper, $Order
        $run.ExitCode | Should -Be 0 -Because $run.Error
        $result = $run.Output | ConvertFrom-Json

        $result.EventIds | Should -Contain 'ev-2024-09-20-clv-dta-withdrawal'
        $result.ChangedTopics | Should -Contain 'vietnam-export-rank'
        $result.OtherValue | Should -Be '42'
        $result.OtherVersion | Should -Be '33.0.0.0'
        $result.NameMeansOther | Should -BeTrue

        $csvHelpers = @($result.Loaded | Where-Object Name -EQ 'CsvHelper')
        $csvHelpers | Should -HaveCount 2
        ($csvHelpers | Where-Object Version -EQ '33.0.0.0').Context | Should -Be 'Default'
        ($csvHelpers | Where-Object Version -EQ '34.0.0.0').Context | Should -Be 'RelationsTools'
        ($result.Loaded | Where-Object Name -EQ 'RelationsTools.Core').Context | Should -Be 'RelationsTools'
    }
}

Describe 'A broken bundled file in an installed module' {
    # Import reads the bundled data on another thread (BundledDataPrefetch); a broken file must still stop
    # the first command that reads it, naming file, line and field, and every command after it.
    It 'stops every query with the file, line and field, however long after the import it comes' {
        $copy = Join-Path $TestDrive 'RelationsTools'
        Copy-Item -LiteralPath $ModulePath -Destination $copy -Recurse
        $events = Join-Path $copy 'data/events.csv'
        Add-Content -LiteralPath $events -Value 'ev-broken,2024-13,T,S,Trade,Happened,,,cicp-2020-07-13-new-heights ¶3,' -Encoding utf8NoBOM
        $line = @(Get-Content -LiteralPath $events).Count
        $script = Join-Path $TestDrive 'broken.ps1'
        Set-Content -LiteralPath $script -Value @'
param([string] $Module)
Import-Module $Module
Start-Sleep -Milliseconds 500   # the prefetch has long finished, and failed
foreach ($attempt in 1, 2) {
    try { Get-RelationsEvent -Category Trade | Out-Null; 'no error' }
    catch { '{0}|{1}' -f $_.FullyQualifiedErrorId, $_.Exception.Message }
}
Get-RelationsSource | Measure-Object | ForEach-Object Count
'@
        $run = Invoke-FreshPwsh -File $script -ArgumentList $copy
        $lines = @($run.Output -split "`r?`n" | Where-Object { $_ })
        $lines | Should -HaveCount 3 -Because $run.Error
        foreach ($attempt in $lines[0..1]) {
            $attempt | Should -Match '^InvalidDate,RelationsTools\.PowerShell\.GetRelationsEventCommand\|'
            $attempt | Should -Match ([regex]::Escape("events.csv:$line`: field 'Date'"))
        }
        $lines[2] | Should -Be (@(Import-Csv (Join-Path $copy 'data/sources.csv')).Count) -Because 'a broken events file does not stop the sources'
    }
}
