# Issue 21's conventions a PowerShell user expects: completion from a -DataPath written as at the prompt, dates
# as PowerShell prints them, no file names offered for a date, a path no file can have refused as a bad
# argument, and a near miss of a closed set answered with what was meant.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force

    function Get-Completion([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }

    # The error record a command stops with, or $null.
    function Get-Stop([scriptblock] $Action) {
        try { & $Action | Out-Null } catch { return $_ }
        $null
    }
}

Describe 'Completion with a -DataPath as typed at the prompt' {
    BeforeAll {
        $script:Mine = Join-Path $TestDrive 'mine'
        New-RelationsDataset $Mine -Empty | Out-Null
        Set-Content -LiteralPath (Join-Path $Mine 'actors.csv') -Encoding utf8NoBOM -Value @(
            'Id,Name,Kind,Aliases,Citations'
            'zz-only-here,Zed Only Here,Person,,cicp-2020-07-13-new-heights ¶3'
        )
        New-Item -ItemType Directory -Path (Join-Path $TestDrive 'elsewhere') | Out-Null
        Push-Location -LiteralPath (Join-Path $TestDrive 'elsewhere')
    }
    AfterAll { Pop-Location }

    It 'resolves <DataPath> against the current location' -ForEach @(
        @{ DataPath = '../mine' }
        @{ DataPath = '(the folder by ~)' }
        @{ DataPath = '(the folder, absolute)' }
    ) {
        $path = switch ($DataPath) {
            '(the folder by ~)' { '~/' + [IO.Path]::GetRelativePath((Resolve-Path ~).ProviderPath, $Mine) }
            '(the folder, absolute)' { $Mine }
            default { $DataPath }
        }
        (Get-Completion "Get-RelationsEvent -DataPath '$path' -Actor zz").CompletionText | Should -Be 'zz-only-here'
    }

    It 'resolves a relative -DataPath from PowerShell''s location, not the process''s working folder' {
        Push-Location -LiteralPath $TestDrive
        try {
            [Environment]::CurrentDirectory | Should -Not -Be $TestDrive.ToString()
            (Get-Completion 'Get-RelationsActor -DataPath mine -Name zz').CompletionText | Should -Be 'zz-only-here'
        }
        finally { Pop-Location }
    }
}

Describe 'Dates' {
    It 'reads <Text> as its day' -ForEach @(
        @{ Text = '2024-09-15T10:00' }
        @{ Text = '2024-09-15T10:00:59.123' }
        @{ Text = '2024-09-15T23:30:00+07:00' }
        @{ Text = '2024-09-15T10:00Z' }
        @{ Text = '2024-09-15 10:00' }
    ) {
        (Get-RelationsEvent -From $Text -To 2024-09-25).Id | Should -Be (Get-RelationsEvent -From 2024-09-15 -To 2024-09-25).Id
        (Get-TradeFigure -To $Text).Id | Should -Be (Get-TradeFigure -To 2024-09-15).Id
    }

    It 'refuses a date-time that is no real time' {
        (Get-Stop { Get-RelationsEvent -From 2024-09-31T10:00 }).FullyQualifiedErrorId | Should -Be 'InvalidDateArgument,RelationsTools.PowerShell.GetRelationsEventCommand'
        (Get-Stop { Get-RelationsEvent -From 2024-09-15T25:00 }).FullyQualifiedErrorId | Should -Be 'InvalidDateArgument,RelationsTools.PowerShell.GetRelationsEventCommand'
    }

    It 'offers the dates of the events for -<Parameter> of <Command>, never file names' -ForEach @(
        @{ Command = 'Get-RelationsEvent'; Parameter = 'From' }
        @{ Command = 'Get-TradeFigure'; Parameter = 'To' }
        @{ Command = 'Export-RelationsReport'; Parameter = 'From' }
    ) {
        Push-Location -LiteralPath $TestDrive
        try {
            Set-Content -LiteralPath (Join-Path $TestDrive '2024-notes.txt') -Value 'x'
            $offered = Get-Completion "$Command -$Parameter 2024"
            $offered.CompletionText | Should -Contain '2024-09-20'
            $offered.CompletionText | Should -Not -Match 'notes'
            Get-Completion "$Command -$Parameter zz" | Should -BeNullOrEmpty
        }
        finally { Pop-Location }
    }
}

Describe 'A path no file can have' {
    It 'stops <Name> with InvalidPath (InvalidArgument)' -ForEach @(
        @{ Name = 'Get-RelationsEvent -DataPath'; Command = { Get-RelationsEvent -DataPath "mine`0x" }; Class = 'GetRelationsEventCommand' }
        @{ Name = 'New-RelationsDataset -Path'; Command = { New-RelationsDataset -Path "mine`0x" -WhatIf }; Class = 'NewRelationsDatasetCommand' }
        @{ Name = 'Test-RelationsData -DataPath'; Command = { Test-RelationsData "mine`0x" }; Class = 'TestRelationsDataCommand' }
        @{ Name = 'Test-RelationsData -TextPath'; Command = { Test-RelationsData -TextPath "texts`0x" }; Class = 'TestRelationsDataCommand' }
        @{ Name = 'Export-RelationsReport -Path'; Command = { Export-RelationsReport -Path "r`0.html" -WhatIf }; Class = 'ExportRelationsReportCommand' }
        @{ Name = 'Export-RelationsReport -LiteralPath'; Command = { Export-RelationsReport -LiteralPath "r`0.html" -WhatIf }; Class = 'ExportRelationsReportCommand' }
    ) {
        $stop = Get-Stop $Command
        $stop.FullyQualifiedErrorId | Should -Be "InvalidPath,RelationsTools.PowerShell.$Class"
        $stop.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $stop.Exception.Message | Should -BeLike '*holds the NUL character (U+0000) at position*'
    }
}

Describe 'A near miss of a closed set' {
    It 'says what -<Parameter> of <Command> meant for <Typed>' -ForEach @(
        @{ Command = 'Get-TradeFigure'; Parameter = 'Kind'; Typed = 'Actuals'; Meant = 'Actual' }
        @{ Command = 'Get-TradeFigure'; Parameter = 'Kind'; Typed = 'Targte'; Meant = 'Target' }
        @{ Command = 'Compare-Source'; Parameter = 'Status'; Typed = 'Conflicts'; Meant = 'Conflict' }
        @{ Command = 'Get-RelationsSource'; Parameter = 'Kind'; Typed = 'NewsReports'; Meant = 'NewsReport' }
        @{ Command = 'Get-RelationsActor'; Parameter = 'Kind'; Typed = 'Persons'; Meant = 'Person' }
    ) {
        $arguments = @{ $Parameter = $Typed }
        $stop = Get-Stop { & $Command @arguments }
        $stop.Exception.Message | Should -BeLike "*Cannot find * '$Typed'. Did you mean '$Meant'? Valid values: *"
    }

    It 'still takes every name, in any case' {
        @(Get-TradeFigure -Kind target, ACTUAL, estimate).Count | Should -Be @(Get-TradeFigure).Count
        @(Compare-Source -Status conflict).Status | Sort-Object -Unique | Should -Be 'Conflict'
    }
}

Describe '-Verbose' {
    BeforeAll {
        $script:Folder = Join-Path $TestDrive 'verbose-data'
        New-RelationsDataset $Folder | Out-Null
        $script:EventRows = @(Import-Csv -LiteralPath (Join-Path $Folder 'events.csv')).Count
        function Get-VerboseText([scriptblock] $Action) { @(& $Action 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message }
    }

    It 'says which files it read, how many rows, how long it took, the filters and what it wrote' {
        $said = Get-VerboseText { Get-RelationsEvent -DataPath $Folder -Category Trade -From 2024 -Verbose }
        $said[0] | Should -BeLike "Read *events.csv ($EventRows rows)* in $Folder; *.* s in all."
        $said[0] | Should -BeLike '*sources.csv (9 rows)*'
        $said[1] | Should -Be "Filters: -Category 'Trade', -From '2024'."
        $said[2] | Should -Be "Wrote $(@(Get-RelationsEvent -DataPath $Folder -Category Trade -From 2024).Count) RelationsEvent objects."
    }

    It 'says the bundled dataset is read from memory, and counts what the pipeline gave' {
        $said = Get-VerboseText { Get-RelationsEvent -Id ev-1967*, ev-2024-09-20* | Get-RelationsEvent -Verbose }
        $said[0] | Should -BeLike 'Read the bundled dataset, held in memory*events*; *.* s in all.'
        $said[1] | Should -Be 'Filters: from the pipeline: -Id (2 values).'
    }

    It 'says nothing without -Verbose' {
        Get-VerboseText { Get-RelationsEvent -Category Trade } | Should -BeNullOrEmpty
    }
}
