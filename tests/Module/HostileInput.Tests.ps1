# The hostile input corpus (tests/data/<case>/, described in tests/data/README.md) through the cmdlets. What
# Core makes of each case (its rows, each problem's id, line and field, what Test-RelationsData finds, an
# accepted variant reading as its reference) is held by xunit (HostileInputTests, HostileCorpusTests). Here is
# what the module adds: every problem as an ErrorRecord (its id, category, exception and message), warnings on
# the warning stream, the rows streamed before a stop, -ErrorAction Stop, Test-RelationsData -Quiet, no raw .NET
# exception, no hang, and the same answers under other cultures. The generated cases (large files built from a
# description) test the reader, so they are xunit's alone.
# Select parts with -Tag: HostileInput (all), Cmdlets, Culture.

BeforeDiscovery {
    $dataRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../data'))
    $cases = foreach ($dir in Get-ChildItem -LiteralPath $dataRoot -Directory | Sort-Object Name) {
        $json = Join-Path $dir.FullName 'expected.json'
        if (-not (Test-Path -LiteralPath $json)) { continue }
        $expected = Get-Content -Raw -LiteralPath $json | ConvertFrom-Json -AsHashtable
        if ($expected.Generate) { continue }
        $case = @{ Name = $dir.Name; Rows = 0; Line = 0; Field = ''; ErrorId = ''; WarningId = ''; Culture = $false }
        foreach ($key in $expected.Keys) { $case[$key] = $expected[$key] }
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
    $script:Commands = @{
        'Get-RelationsEvent'  = 'events.csv'
        'Get-TradeFigure'     = 'trade-figures.csv'
        'Get-RelationsClaim'  = 'claims.csv'
        'Get-RelationsSource' = 'sources.csv'
    }

    # The case as the tests use it: expected.json with defaults, its folder, and the file it is about (File,
    # relative to the case folder; by default the data file of its command).
    function Get-Case([string] $Name) {
        $dir = Join-Path $DataRoot $Name
        $expected = Get-Content -Raw -LiteralPath (Join-Path $dir 'expected.json') | ConvertFrom-Json -AsHashtable
        $case = @{ Name = $Name; Rows = 0; Line = 0; Field = ''; ErrorId = ''; WarningId = '' }
        foreach ($key in $expected.Keys) { $case[$key] = $expected[$key] }
        $case.DataPath = $dir
        $case.File = [System.IO.Path]::GetFullPath((Join-Path $dir $(if ($expected.File) { $expected.File } else { $Commands[$case.Command] })))
        $case.Class = 'RelationsTools.PowerShell.' + ($case.Command -replace '-', '') + 'Command'
        $case.FullErrorId = if ($case.ErrorId) { "$($case.ErrorId),$($case.Class)" } else { '' }
        [pscustomobject]$case
    }

    # Runs a case's query and Test-RelationsData once: what the query wrote (counted as it streamed, so that the
    # rows before a stop count too), its errors, warnings and terminating error, and the validator's answers.
    $script:RunCase = {
        param($Command, $Path)
        $written = 0
        $errors = $null
        $warnings = $null
        $stop = $null
        $output = [System.Collections.Generic.List[object]]::new()
        try {
            & $Command -DataPath $Path -ErrorAction SilentlyContinue -ErrorVariable errors -WarningAction SilentlyContinue -WarningVariable warnings |
                ForEach-Object { $written++; $output.Add($_) }
        }
        catch { $stop = $_ }
        [pscustomobject]@{
            Output      = $output.ToArray()
            Written     = $written
            # -ErrorVariable also holds the terminating error (as an exception, or as its record): keep only the others.
            Errors      = @($errors | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -and -not ($stop -and $_.FullyQualifiedErrorId -eq $stop.FullyQualifiedErrorId) })
            Warnings    = @($warnings)
            Terminating = $stop
            Problems    = @(Test-RelationsData -DataPath $Path)
            Quiet       = Test-RelationsData -DataPath $Path -Quiet
        }
    }

    # "<file>:<line>: field '<Field>': " as DataFileException writes it; no line when 0, no field when none.
    function Get-MessagePrefix($Case) {
        $location = if ($Case.Line -gt 0) { "$($Case.File):$($Case.Line)" } else { $Case.File }
        if ($Case.Field) { "${location}: field '$($Case.Field)': " } else { "${location}: " }
    }

    function Assert-StartsWith([string] $Text, [string] $Prefix) {
        $Text.StartsWith($Prefix, [System.StringComparison]::Ordinal) | Should -BeTrue -Because "'$Text' must start with '$Prefix'"
    }

    function Assert-DataError($Record, $Case) {
        $Record.FullyQualifiedErrorId | Should -BeExactly $Case.FullErrorId
        $Record.CategoryInfo.Category | Should -Be 'InvalidData'
        $Record.Exception.GetType().FullName | Should -Be 'RelationsTools.Data.DataFileException'
        Assert-StartsWith $Record.Exception.Message (Get-MessagePrefix $Case)
    }

    # Every case runs once, in a runspace of its own with a time limit, so that a hang fails its case and not the
    # whole run; the tests below read what it gave.
    $script:TimeLimitSeconds = 60
    $script:Runs = @{}
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $state.ImportPSModule([System.IO.Path]::GetFullPath($modulePath))
    $runspace = $null
    foreach ($dir in Get-ChildItem -LiteralPath $DataRoot -Directory) {
        if (-not (Test-Path -LiteralPath (Join-Path $dir.FullName 'expected.json'))) { continue }
        $case = Get-Case $dir.Name
        if ($case.Generate) { continue }
        if ($null -eq $runspace) { $runspace = [runspacefactory]::CreateRunspace($state); $runspace.Open() }
        $ps = [powershell]::Create()
        $ps.Runspace = $runspace
        $null = $ps.AddScript($RunCase).AddArgument($case.Command).AddArgument($case.DataPath)
        $async = $ps.BeginInvoke()
        if ($async.AsyncWaitHandle.WaitOne([timespan]::FromSeconds($TimeLimitSeconds))) {
            try {
                $Runs[$case.Name] = @{ Hung = $false; Result = $ps.EndInvoke($async) | Select-Object -First 1; Failure = @($ps.Streams.Error) }
            }
            catch {
                $Runs[$case.Name] = @{ Hung = $false; Result = $null; Failure = @($_) }
            }
            $ps.Dispose()
        }
        else {
            $Runs[$case.Name] = @{ Hung = $true }
            $null = $ps.BeginStop($null, $null)
            $runspace = $null   # left to finish or die on its own; the next case gets a fresh one
        }
    }
    if ($null -ne $runspace) { $runspace.Dispose() }

    function Get-Run([string] $Name) {
        $run = $Runs[$Name]
        if ($run.Hung) { throw "Case $Name did not finish within $TimeLimitSeconds s." }
        if ($run.Failure.Count -gt 0 -or $null -eq $run.Result) { throw "Case $Name failed outside the command: $($run.Failure -join '; ')" }
        $run.Result
    }
}

Describe 'Hostile input through the cmdlets' -Tag HostileInput, Cmdlets {
    It 'runs every case of the corpus that is not generated, among them the clean references' {
        $Runs.Keys | Should -Contain 'clean'
        $Runs.Keys | Should -Contain 'clean-trade-figures'
        $Runs.Count | Should -BeGreaterOrEqual 30
    }

    Context '<Name>' -ForEach $cases {
        BeforeAll {
            $case = Get-Case $Name
        }

        It 'finishes within the time limit and shows no raw .NET exception' {
            $Runs[$Name].Hung | Should -BeFalse
            $run = Get-Run $Name
            $texts = @($run.Errors + @($run.Terminating) | Where-Object { $_ } | ForEach-Object { $_.Exception.Message; $_.ToString() }) +
                @($run.Warnings | ForEach-Object Message) + @($run.Problems | ForEach-Object Problem)
            foreach ($text in $texts) {
                $text | Should -Not -Match ' at (RelationsTools|CsvHelper|System)\.'
                $text | Should -Not -Match '\bSystem\.[A-Za-z.]*Exception\b'
            }
            foreach ($record in @($run.Errors + @($run.Terminating) | Where-Object { $_ })) {
                $record.Exception.GetType().FullName | Should -Be 'RelationsTools.Data.DataFileException'
            }
        }

        It 'writes <Rows> objects (before its stop, when it stops)' {
            (Get-Run $Name).Written | Should -Be $Rows
        }

        It 'writes no error and no warning' -ForEach @(if ($Outcome -in 'Accepted', 'Problem') { @{} }) -AllowNullOrEmptyForEach {
            $run = Get-Run $Name
            $run.Terminating | Should -BeNullOrEmpty
            $run.Errors | Should -HaveCount 0
            $run.Warnings | Should -HaveCount 0
        }

        It 'writes one warning to the warning stream, naming the file, line <Line> and column <Field>' -ForEach @(if ($Outcome -eq 'Warning') { @{} }) -AllowNullOrEmptyForEach {
            $run = Get-Run $Name
            $run.Errors | Should -HaveCount 0
            $run.Warnings | Should -HaveCount 1
            Assert-StartsWith $run.Warnings[0].Message (Get-MessagePrefix $case)
        }

        It 'writes one non-terminating <ErrorId> error record, InvalidData, naming line <Line> and field <Field>' -ForEach @(if ($Outcome -eq 'RowError') { @{} }) -AllowNullOrEmptyForEach {
            $run = Get-Run $Name
            $run.Terminating | Should -BeNullOrEmpty
            $run.Errors | Should -HaveCount 1
            Assert-DataError $run.Errors[0] $case
        }

        It 'stops at the bad row with -ErrorAction Stop' -ForEach @(if ($Outcome -eq 'RowError') { @{} }) -AllowNullOrEmptyForEach {
            $record = { & $case.Command -DataPath $case.DataPath -ErrorAction Stop } | Should -Throw -ErrorId $case.FullErrorId -PassThru
            Assert-DataError $record $case
        }

        It 'stops with <ErrorId>, InvalidData, naming line <Line> and field ''<Field>''' -ForEach @(if ($Outcome -eq 'Terminating') { @{} }) -AllowNullOrEmptyForEach {
            $run = Get-Run $Name
            $run.Errors | Should -HaveCount 0
            $run.Terminating | Should -Not -BeNullOrEmpty
            Assert-DataError $run.Terminating $case
        }

        It 'has Test-RelationsData report its <ErrorId><WarningId> as a DataProblem, and -Quiet answer whether anything is an error' {
            $run = Get-Run $Name
            $ids = @($ErrorId, $WarningId | Where-Object { $_ })
            (@($run.Problems | ForEach-Object ErrorId) -join ', ') | Should -BeExactly ($ids -join ', ')
            foreach ($problem in $run.Problems) { $problem.GetType().FullName | Should -Be 'RelationsTools.Data.DataProblem' }
            $run.Quiet | Should -Be (-not $ErrorId)
        }
    }
}

Describe 'Hostile input under other cultures' -Tag HostileInput, Culture {
    BeforeAll {
        $savedCulture = [System.Globalization.CultureInfo]::CurrentCulture
        $savedUiCulture = [System.Globalization.CultureInfo]::CurrentUICulture

        function Use-Culture([System.Globalization.CultureInfo] $Culture, [System.Globalization.CultureInfo] $UiCulture = $Culture) {
            [System.Globalization.CultureInfo]::CurrentCulture = $Culture
            [System.Globalization.CultureInfo]::CurrentUICulture = $UiCulture
        }

        # Everything a user sees of a case: the objects, the errors and warnings, and Test-RelationsData's report.
        function Get-Answers([string] $Name) {
            $case = Get-Case $Name
            $run = & $RunCase $case.Command $case.DataPath
            [ordered]@{
                Output      = ConvertTo-Json -InputObject @($run.Output) -Depth 6 -Compress
                Errors      = @($run.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId) $($_.CategoryInfo.Category) $($_.Exception.Message)" }) -join "`n"
                Warnings    = @($run.Warnings | ForEach-Object Message) -join "`n"
                Terminating = if ($run.Terminating) { "$($run.Terminating.FullyQualifiedErrorId) $($run.Terminating.Exception.Message)" } else { '' }
                Problems    = ConvertTo-Json -InputObject @($run.Problems) -Depth 6 -Compress
                Quiet       = [string]$run.Quiet
            }
        }

        $expected = @{}
        Use-Culture ([System.Globalization.CultureInfo]::InvariantCulture)
        try {
            foreach ($dir in Get-ChildItem -LiteralPath $DataRoot -Directory) {
                if (-not (Test-Path -LiteralPath (Join-Path $dir.FullName 'expected.json'))) { continue }
                $case = Get-Case $dir.Name
                if ($case.Culture -and -not $case.Generate) { $expected[$case.Name] = Get-Answers $case.Name }
            }
        }
        finally {
            Use-Culture $savedCulture $savedUiCulture
        }
    }

    It 'reads <Name> identically under <Culture>' -ForEach $cultureRuns {
        Use-Culture ([System.Globalization.CultureInfo]::new($Culture))
        try {
            $answers = Get-Answers $Name
        }
        finally {
            Use-Culture $savedCulture $savedUiCulture
        }
        foreach ($key in $expected[$Name].Keys) {
            $answers[$key] | Should -BeExactly $expected[$Name][$key] -Because "$key of $Name under $Culture"
        }
    }
}
