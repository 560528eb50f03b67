# The hostile input corpus (tests/data/<case>/, described in tests/data/README.md): every case folder is
# given to its query cmdlet with -DataPath and to Test-RelationsData, and must come out as its
# expected.json says. Select parts with -Tag: HostileInput (all), Corpus, Accepted, RowError,
# Terminating, Problem, TestRelationsData, Robustness, Culture.

BeforeDiscovery {
    $dataRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../data'))
    $cases = foreach ($dir in Get-ChildItem -LiteralPath $dataRoot -Directory | Sort-Object Name) {
        $json = Join-Path $dir.FullName 'expected.json'
        if (-not (Test-Path -LiteralPath $json)) { continue }
        $expected = Get-Content -Raw -LiteralPath $json | ConvertFrom-Json -AsHashtable
        $case = @{ Name = $dir.Name; Rows = 0; Line = 0; Field = ''; SameAs = ''; ErrorId = ''; WarningId = '' }
        foreach ($key in $expected.Keys) { $case[$key] = $expected[$key] }
        $case.Class = 'RelationsTools.PowerShell.' + ($case.Command -replace '-', '') + 'Command'
        $case
    }
    $cultures = 'de-DE', 'tr-TR', 'ja-JP', 'ar-SA'
    $cultureRuns = foreach ($case in $cases | Where-Object { $_.Culture }) {
        foreach ($culture in $cultures) { @{ Name = $case.Name; Culture = $culture } }
    }
}

BeforeAll {
    $modulePath = Join-Path $PSScriptRoot '../../module/RelationsTools'
    Import-Module $modulePath -Force

    $script:DataRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../data'))
    $script:Latin1 = [System.Text.Encoding]::Latin1
    $script:AllowedKeys = 'Description', 'Command', 'Outcome', 'Rows', 'SameAs', 'ErrorId', 'WarningId', 'Line', 'Field', 'File', 'Generate', 'RawMatch', 'Culture'
    $script:Commands = @{
        'Get-RelationsEvent'  = 'events.csv'
        'Get-TradeFigure'     = 'trade-figures.csv'
        'Get-RelationsClaim'  = 'claims.csv'
        'Get-RelationsSource' = 'sources.csv'
    }

    function Read-Expected([string] $Name) {
        Get-Content -Raw -LiteralPath (Join-Path $DataRoot $Name 'expected.json') | ConvertFrom-Json -AsHashtable
    }

    # The case as the tests use it: expected.json with defaults, the folder to give -DataPath, and the file the
    # case is about (File, relative to the case folder; by default the data file of its command).
    function Get-Case([string] $Name) {
        $dir = Join-Path $DataRoot $Name
        $expected = Read-Expected $Name
        $case = @{ Name = $Name; Rows = 0; Line = 0; Field = ''; SameAs = ''; ErrorId = ''; WarningId = '' }
        foreach ($key in $expected.Keys) { $case[$key] = $expected[$key] }
        $case.FileName = if ($expected.File) { $expected.File } elseif ($case.Generate) { Split-Path -Leaf $case.Generate.From } else { $Commands[$case.Command] }
        $case.DataPath = if ($case.Generate) { Join-Path $GeneratedRoot $Name } else { $dir }
        $case.File = [System.IO.Path]::GetFullPath((Join-Path $case.DataPath $case.FileName))
        $case.Class = 'RelationsTools.PowerShell.' + ($case.Command -replace '-', '') + 'Command'
        $case.FullErrorId = if ($case.ErrorId) { "$($case.ErrorId),$($case.Class)" } else { '' }
        [pscustomobject]$case
    }

    # Writes a Generate description's file: From with Insert written Repeat times after the first After.
    # Text is handled as Latin-1 so every byte survives; {xHH} is a raw byte, {n} the repetition number.
    function New-GeneratedFile([hashtable] $Generate, [string] $Folder) {
        $text = $Latin1.GetString([System.IO.File]::ReadAllBytes((Join-Path $DataRoot $Generate.From)))
        $after = $Latin1.GetString([System.Text.Encoding]::UTF8.GetBytes($Generate.After))
        $at = $text.IndexOf($after, [System.StringComparison]::Ordinal)
        if ($at -lt 0) { throw "Generate: '$($Generate.After)' is not in $($Generate.From)" }
        $piece = $Latin1.GetString([System.Text.Encoding]::UTF8.GetBytes($Generate.Insert))
        $piece = [regex]::Replace($piece, '\{x([0-9A-Fa-f]{2})\}', { param($m) [string][char][System.Convert]::ToByte($m.Groups[1].Value, 16) })
        $repeat = if ($Generate.Repeat) { [int]$Generate.Repeat } else { 1 }
        $insert = if ($piece.Contains('{n}')) {
            $builder = [System.Text.StringBuilder]::new()
            for ($n = 1; $n -le $repeat; $n++) { [void]$builder.Append($piece.Replace('{n}', [string]$n)) }
            $builder.ToString()
        } else { $piece * $repeat }
        $null = New-Item -ItemType Directory -Path $Folder -Force
        $bytes = $Latin1.GetBytes($text.Substring(0, $at + $after.Length) + $insert + $text.Substring($at + $after.Length))
        [System.IO.File]::WriteAllBytes((Join-Path $Folder (Split-Path -Leaf $Generate.From)), $bytes)
    }

    # Runs the case's query, collecting what it writes, its errors and warnings, and a terminating error.
    function Invoke-Case($Case, [string] $ErrorAction = 'SilentlyContinue') {
        $output = [System.Collections.Generic.List[object]]::new()
        $errors = $null
        $warnings = $null
        $stop = $null
        try {
            & $Case.Command -DataPath $Case.DataPath -ErrorAction $ErrorAction -ErrorVariable errors -WarningAction SilentlyContinue -WarningVariable warnings |
                ForEach-Object { $output.Add($_) }
        }
        catch {
            $stop = $_
        }
        [pscustomobject]@{
            Output      = $output.ToArray()
            # -ErrorVariable also holds the terminating error (as an exception, or as its record): keep only the others.
            Errors      = @($errors | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -and -not ($stop -and $_.FullyQualifiedErrorId -eq $stop.FullyQualifiedErrorId) })
            Warnings    = @($warnings)
            Terminating = $stop
        }
    }

    function ConvertTo-Comparable($Objects) { ConvertTo-Json -InputObject @($Objects) -Depth 6 -Compress }

    # "<file>:<line>: field '<Field>': " as DataFileException writes it; no line when 0, no field when none.
    function Get-MessagePrefix($Case, [string] $Field = $Case.Field) {
        $location = if ($Case.Line -gt 0) { "$($Case.File):$($Case.Line)" } else { $Case.File }
        if ($Field) { "${location}: field '${Field}': " } else { "${location}: " }
    }

    function Assert-StartsWith([string] $Text, [string] $Prefix) {
        $Text.StartsWith($Prefix, [System.StringComparison]::Ordinal) | Should -BeTrue -Because "'$Text' must start with '$Prefix'"
    }

    # A hang must fail its case, not stop the whole run: the commands of every case are first run in a
    # separate runspace with a time limit, and the tests of a case that hung fail at once.
    function Assert-NotHung([string] $Name) {
        if ($Preflight[$Name].Hung) { throw "Case $Name did not finish within $PreflightSeconds s in the preflight run; not run again here." }
    }

    $script:GeneratedRoot = Join-Path $TestDrive 'generated'
    $script:Preflight = @{}
    $script:PreflightSeconds = 60
    $script:CaseNames = Get-ChildItem -LiteralPath $DataRoot -Directory | Where-Object { Test-Path (Join-Path $_.FullName 'expected.json') } | ForEach-Object Name
    foreach ($name in $CaseNames) {
        $expected = Read-Expected $name
        if ($expected.Generate) { New-GeneratedFile $expected.Generate (Join-Path $GeneratedRoot $name) }
    }

    $probe = {
        param($Command, $Path)
        $rowErrors = $null
        $warnings = $null
        $stop = $null
        try {
            & $Command -DataPath $Path -ErrorAction SilentlyContinue -ErrorVariable rowErrors -WarningAction SilentlyContinue -WarningVariable warnings | Out-Null
        }
        catch { $stop = $_ }
        [pscustomobject]@{
            Errors   = @(@($rowErrors | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) + @($stop) | Where-Object { $_ })
            Warnings = @($warnings)
            Problems = @(Test-RelationsData -DataPath $Path)
        }
    }
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $state.ImportPSModule([System.IO.Path]::GetFullPath($modulePath))
    $runspace = $null
    foreach ($name in $CaseNames) {
        $case = Get-Case $name
        if ($null -eq $runspace) { $runspace = [runspacefactory]::CreateRunspace($state); $runspace.Open() }
        $ps = [powershell]::Create()
        $ps.Runspace = $runspace
        $null = $ps.AddScript($probe).AddArgument($case.Command).AddArgument($case.DataPath)
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $async = $ps.BeginInvoke()
        if ($async.AsyncWaitHandle.WaitOne([timespan]::FromSeconds($PreflightSeconds))) {
            try {
                $result = $ps.EndInvoke($async) | Select-Object -First 1
                $failure = @($ps.Streams.Error)
            }
            catch {
                $result = [pscustomobject]@{ Errors = @(); Warnings = @(); Problems = @() }
                $failure = @($_)
            }
            $Preflight[$name] = @{ Hung = $false; Seconds = $clock.Elapsed.TotalSeconds; Result = $result; Failure = $failure }
            $ps.Dispose()
        }
        else {
            $Preflight[$name] = @{ Hung = $true; Seconds = $clock.Elapsed.TotalSeconds }
            $null = $ps.BeginStop($null, $null)
            $runspace = $null   # left to finish or die on its own; the next case gets a fresh one
        }
    }
    if ($null -ne $runspace) { $runspace.Dispose() }
}

Describe 'Hostile input corpus' -Tag HostileInput, Corpus {
    BeforeAll { $all = @($CaseNames | ForEach-Object { Get-Case $_ }) }

    It 'has at least 32 cases, among them the clean references' {
        $all.Count | Should -BeGreaterOrEqual 32
        $all.Name | Should -Contain 'clean'
        $all.Name | Should -Contain 'clean-trade-figures'
    }

    It 'covers every file-level and field-level error id, and the unknown-column warning' {
        $ids = @($all.ErrorId) + @($all.WarningId) | Where-Object { $_ } | Sort-Object -Unique
        foreach ($id in 'EmptyFile', 'MalformedCsv', 'WrongDelimiter', 'MissingColumn', 'DuplicateColumn', 'TooManyColumns', 'RecordTooLarge',
            'InvalidDate', 'InvalidNumber', 'UnknownValue', 'UnknownSource', 'UnknownActor', 'InvalidCitation', 'InvalidText', 'MissingValue', 'DuplicateId', 'UnknownColumn') {
            $ids | Should -Contain $id
        }
    }

    It 'covers every problem of a source text and of a citation checked against one' {
        $ids = @($all.ErrorId) + @($all.WarningId) | Where-Object { $_ } | Sort-Object -Unique
        foreach ($id in 'NoParagraphs', 'InvalidParagraphNumber', 'InvalidText', 'UnknownSourceText', 'ParagraphCountMismatch', 'ParagraphNotInText', 'ValueNotInText', 'QuoteNotInText', 'InvalidCitation') {
            $ids | Should -Contain $id
        }
        $texts = @($all | Where-Object { Test-Path -LiteralPath (Join-Path $DataRoot $_.Name 'texts') })
        ($texts | Where-Object Outcome -EQ 'Accepted').Name | Should -Contain 'source-text-figure-derived'
        ($texts | Where-Object FileName -Like 'texts/*').Name | Should -Contain 'source-text-utf16-bom'
    }

    Context '<Name>' -ForEach $cases {
        BeforeAll { $case = Get-Case $Name }

        It 'has a well-formed expected.json' {
            foreach ($key in (Read-Expected $Name).Keys) {
                $AllowedKeys | Should -Contain $key
            }
            $Description | Should -Not -BeNullOrEmpty
            $Commands.Keys | Should -Contain $Command
            $Outcome | Should -BeIn 'Accepted', 'Warning', 'RowError', 'Terminating', 'Problem'
            if ($Outcome -in 'RowError', 'Terminating') { $ErrorId | Should -Not -BeNullOrEmpty }
            # Only Test-RelationsData sees a Problem: an error, or a warning about a file no query reads (a text).
            if ($Outcome -eq 'Problem') { @($ErrorId, $WarningId | Where-Object { $_ }) | Should -HaveCount 1 }
            # A row's problem is one field's, except when the row's shape itself is wrong; a text's problem is no row's.
            $isRow = $case.FileName -like '*.csv'
            if ($Outcome -in 'RowError', 'Problem' -and $isRow) { $Line | Should -BeGreaterThan 0 }
            if ($Outcome -in 'RowError', 'Problem' -and $isRow -and $ErrorId -ne 'FieldCountMismatch') { $Field | Should -Not -BeNullOrEmpty }
            if (-not $isRow) { $Field | Should -BeNullOrEmpty }
            if ($Outcome -eq 'Warning') { $WarningId | Should -Not -BeNullOrEmpty }
            if ($SameAs) { Test-Path (Join-Path $DataRoot $SameAs 'expected.json') | Should -BeTrue }
        }

        It 'holds small data files and texts, among them its command''s file (none when generated)' {
            $dir = Join-Path $DataRoot $Name
            $files = @(Get-ChildItem -LiteralPath $dir -File -Recurse | Where-Object Name -NE 'expected.json')
            if ($Generate) {
                $files | Should -HaveCount 0
                Test-Path -LiteralPath $case.File | Should -BeTrue
                return
            }
            $names = @($files | ForEach-Object { [System.IO.Path]::GetRelativePath($dir, $_.FullName) -replace '\\', '/' })
            $names | Should -Contain $Commands[$Command]
            $names | Should -Contain $case.FileName
            foreach ($file in $names) { $file | Should -Match '^(sources|actors|events|trade-figures|claims)\.csv$|^texts/[^/]+$' }
            foreach ($file in $files) { $file.Length | Should -BeLessThan 10KB }
        }

        It 'still has the bytes it is about' -ForEach @(if ($RawMatch) { @{ Pattern = $RawMatch } }) -AllowNullOrEmptyForEach {
            $Latin1.GetString([System.IO.File]::ReadAllBytes($case.File)) | Should -Match $Pattern
        }
    }
}

Describe 'Hostile input that is read' -Tag HostileInput, Accepted {
    Context '<Name>' -ForEach @($cases | Where-Object Outcome -In 'Accepted', 'Warning') {
        BeforeAll {
            Assert-NotHung $Name
            $case = Get-Case $Name
            $run = Invoke-Case $case
        }

        It 'returns <Rows> objects with no error' {
            $run.Terminating | Should -BeNullOrEmpty
            $run.Errors | Should -HaveCount 0
            $run.Output | Should -HaveCount $Rows
        }

        It 'reads exactly as <Reference>' -ForEach @(if ($SameAs) { @{ Reference = $SameAs } }) -AllowNullOrEmptyForEach {
            $reference = Invoke-Case (Get-Case $Reference)
            ConvertTo-Comparable $run.Output | Should -BeExactly (ConvertTo-Comparable $reference.Output)
        }

        It 'writes no warning' -ForEach @(if ($Outcome -eq 'Accepted') { @{} }) -AllowNullOrEmptyForEach {
            $run.Warnings | Should -HaveCount 0
        }

        It 'writes exactly one warning, naming the file, line <Line> and column <Field>' -ForEach @(if ($Outcome -eq 'Warning') { @{} }) -AllowNullOrEmptyForEach {
            $run.Warnings | Should -HaveCount 1
            Assert-StartsWith $run.Warnings[0].Message (Get-MessagePrefix $case)
        }
    }
}

Describe 'Hostile rows' -Tag HostileInput, RowError {
    Context '<Name>' -ForEach @($cases | Where-Object Outcome -EQ 'RowError') {
        BeforeAll {
            Assert-NotHung $Name
            $case = Get-Case $Name
            $run = Invoke-Case $case
        }

        It 'writes one non-terminating <ErrorId> error and still returns the other <Rows> rows' {
            $run.Terminating | Should -BeNullOrEmpty
            $run.Errors | Should -HaveCount 1
            $run.Output | Should -HaveCount $Rows
        }

        It 'names the error <ErrorId>,<Class>, InvalidData, at line <Line>, field <Field>' {
            $record = $run.Errors[0]
            $record.FullyQualifiedErrorId | Should -BeExactly $case.FullErrorId
            $record.CategoryInfo.Category | Should -Be 'InvalidData'
            $record.Exception.GetType().FullName | Should -Be 'RelationsTools.Data.DataFileException'
            Assert-StartsWith $record.Exception.Message (Get-MessagePrefix $case)
        }

        It 'stops at the bad row with -ErrorAction Stop' {
            $record = { & $case.Command -DataPath $case.DataPath -ErrorAction Stop } | Should -Throw -ErrorId $case.FullErrorId -PassThru
            $record.FullyQualifiedErrorId | Should -BeExactly $case.FullErrorId
            Assert-StartsWith $record.Exception.Message (Get-MessagePrefix $case)
        }
    }
}

Describe 'Hostile files' -Tag HostileInput, Terminating {
    Context '<Name>' -ForEach @($cases | Where-Object Outcome -EQ 'Terminating') {
        BeforeAll {
            Assert-NotHung $Name
            $case = Get-Case $Name
        }

        It 'stops with <ErrorId>,<Class>; rows streamed before the stop: <Rows>' {
            $written = [System.Collections.Generic.List[object]]::new()
            { & $case.Command -DataPath $case.DataPath | ForEach-Object { $written.Add($_) } } | Should -Throw -ErrorId $case.FullErrorId
            $written | Should -HaveCount $Rows
        }

        It 'says InvalidData, the file, line <Line> and field ''<Field>''' {
            $run = Invoke-Case $case
            $run.Terminating | Should -Not -BeNullOrEmpty
            $run.Terminating.FullyQualifiedErrorId | Should -BeExactly $case.FullErrorId
            $run.Terminating.CategoryInfo.Category | Should -Be 'InvalidData'
            $run.Terminating.Exception.GetType().FullName | Should -Be 'RelationsTools.Data.DataFileException'
            Assert-StartsWith $run.Terminating.Exception.Message (Get-MessagePrefix $case)
            $run.Errors | Should -HaveCount 0
        }
    }
}

Describe 'Hostile input only Test-RelationsData finds' -Tag HostileInput, Problem {
    Context '<Name>' -ForEach @($cases | Where-Object Outcome -EQ 'Problem') {
        BeforeAll {
            Assert-NotHung $Name
            $case = Get-Case $Name
        }

        It 'is read by the streaming query without complaint: <Rows> rows' {
            $run = Invoke-Case $case
            $run.Terminating | Should -BeNullOrEmpty
            $run.Errors | Should -HaveCount 0
            $run.Output | Should -HaveCount $Rows
        }
    }
}

Describe 'Test-RelationsData on the hostile input' -Tag HostileInput, TestRelationsData {
    Context '<Name>' -ForEach $cases {
        BeforeAll {
            Assert-NotHung $Name
            $case = Get-Case $Name
            $problems = @(Test-RelationsData -DataPath $case.DataPath)
        }

        It 'reports nothing' -ForEach @(if ($Outcome -eq 'Accepted') { @{} }) -AllowNullOrEmptyForEach {
            $problems | Should -HaveCount 0
        }

        It 'reports one <WarningId> warning at line <Line>, field <Field>' -ForEach @(if ($Outcome -eq 'Warning' -or ($Outcome -eq 'Problem' -and $WarningId)) { @{} }) -AllowNullOrEmptyForEach {
            $problems | Should -HaveCount 1
            $problems[0].Severity | Should -Be 'Warning'
            $problems[0].ErrorId | Should -BeExactly $WarningId
            $problems[0].File | Should -Be $case.File
            $problems[0].Line | Should -Be $Line
            $problems[0].Field | Should -BeExactly $Field
        }

        It 'reports one <ErrorId> error at line <Line>, field ''<Field>''' -ForEach @(if ($Outcome -in 'RowError', 'Terminating' -or ($Outcome -eq 'Problem' -and $ErrorId)) { @{} }) -AllowNullOrEmptyForEach {
            $problems | Should -HaveCount 1
            $problems[0].Severity | Should -Be 'Error'
            $problems[0].ErrorId | Should -BeExactly $ErrorId
            $problems[0].File | Should -Be $case.File
            $problems[0].Line | Should -Be $Line
            $problems[0].Field | Should -BeExactly $Field
        }

        It 'answers -Quiet with $true only when nothing is an error' {
            Test-RelationsData -DataPath $case.DataPath -Quiet | Should -Be ($Outcome -in 'Accepted', 'Warning' -or ($Outcome -eq 'Problem' -and -not $ErrorId))
        }
    }
}

Describe 'Hostile input never hangs and never shows a raw .NET exception' -Tag HostileInput, Robustness {
    It '<Name> finishes the query and Test-RelationsData within the time limit' -ForEach $cases {
        $Preflight[$Name].Hung | Should -BeFalse -Because "the query and Test-RelationsData on $Name must finish within $PreflightSeconds s"
        $Preflight[$Name].Failure | Should -HaveCount 0
    }

    It '<Name> reports its problems as DataFileException messages, without stack frames' -ForEach $cases {
        Assert-NotHung $Name
        $result = $Preflight[$Name].Result
        $texts = @($result.Errors | ForEach-Object { $_.Exception.Message; $_.ToString() }) + @($result.Warnings | ForEach-Object Message) + @($result.Problems | ForEach-Object Problem)
        foreach ($text in $texts) {
            $text | Should -Not -Match ' at (RelationsTools|CsvHelper|System)\.'
            $text | Should -Not -Match '\bSystem\.[A-Za-z.]*Exception\b'
        }
        foreach ($record in $result.Errors) {
            $record.Exception.GetType().FullName | Should -Be 'RelationsTools.Data.DataFileException'
        }
    }
}

Describe 'Hostile input under other cultures' -Tag HostileInput, Culture {
    BeforeAll {
        $savedCulture = [System.Globalization.CultureInfo]::CurrentCulture
        $savedUiCulture = [System.Globalization.CultureInfo]::CurrentUICulture

        function Use-Culture([System.Globalization.CultureInfo] $Culture) {
            [System.Globalization.CultureInfo]::CurrentCulture = $Culture
            [System.Globalization.CultureInfo]::CurrentUICulture = $Culture
        }

        # Everything a user sees of a case: the objects, the errors and warnings, and Test-RelationsData's report.
        function Get-Answers([string] $Name) {
            Assert-NotHung $Name
            $case = Get-Case $Name
            $run = Invoke-Case $case
            [ordered]@{
                Output      = ConvertTo-Comparable $run.Output
                Errors      = @($run.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId) $($_.CategoryInfo.Category) $($_.Exception.Message)" }) -join "`n"
                Warnings    = @($run.Warnings | ForEach-Object Message) -join "`n"
                Terminating = if ($run.Terminating) { "$($run.Terminating.FullyQualifiedErrorId) $($run.Terminating.Exception.Message)" } else { '' }
                Problems    = ConvertTo-Comparable (Test-RelationsData -DataPath $case.DataPath)
                Quiet       = [string](Test-RelationsData -DataPath $case.DataPath -Quiet)
            }
        }

        $expected = @{}
        Use-Culture ([System.Globalization.CultureInfo]::InvariantCulture)
        try {
            foreach ($name in $CaseNames | Where-Object { (Get-Case $_).Culture }) { $expected[$name] = Get-Answers $name }
        }
        finally {
            Use-Culture $savedCulture
            [System.Globalization.CultureInfo]::CurrentUICulture = $savedUiCulture
        }
    }

    It 'reads <Name> identically under <Culture>' -ForEach $cultureRuns {
        Use-Culture ([System.Globalization.CultureInfo]::new($Culture))
        try {
            $answers = Get-Answers $Name
        }
        finally {
            Use-Culture $savedCulture
            [System.Globalization.CultureInfo]::CurrentUICulture = $savedUiCulture
        }
        foreach ($key in $expected[$Name].Keys) {
            $answers[$key] | Should -BeExactly $expected[$Name][$key] -Because "$key of $Name under $Culture"
        }
    }
}
