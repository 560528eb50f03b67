BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:BundledData = Join-Path $PSScriptRoot '../../data'

    function Assert-NoTypeNamesInCsv($Objects) {
        $file = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.csv')
        $Objects | Export-Csv -LiteralPath $file
        $rows = Import-Csv -LiteralPath $file
        foreach ($row in $rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match 'System\.' -Because "$($property.Name) must be flat text"
            }
        }
        $rows
    }
}

Describe 'Get-RelationsEvent' {
    It 'finds the announced CLV-DTA withdrawal in a ten-day window, citing every document that reports it' {
        $withdrawal = Get-RelationsEvent -From 2024-09-15 -To 2024-09-25 | Where-Object Id -EQ 'ev-2024-09-20-clv-dta-withdrawal'
        $withdrawal | Should -HaveCount 1
        $withdrawal.Date | Should -Be '2024-09-20'
        $withdrawal.SourceIds | Sort-Object | Should -Be @(
            'asiatimes-2024-clv-dta-withdrawal', 'iseas-2025-03-mending-fences', 'news-2024-na-cancels-clv-dta-trade-agreement')
    }

    It 'finds a year-precision event with -From 1967 -To 1967' {
        $found = Get-RelationsEvent -From 1967 -To 1967
        $found.Id | Should -Contain 'ev-1967-diplomatic-relations'
        ($found | Where-Object Id -EQ 'ev-1967-diplomatic-relations').Precision | Should -Be 'Year'
    }

    It 'reads -To 2024-09 as the end of September, so an event on 30 September is in' {
        # The bundled data has no event dated exactly 30 September 2024; the NA vote
        # ([2024-09-27..2024-12-27]) may fall in the last days of the month and must be included.
        Get-RelationsEvent -To 2024-09 | Where-Object Id -EQ 'ev-2024-late-na-cancels-clv-dta-trade-agreement' | Should -HaveCount 1
        Get-RelationsEvent -To 2024-09-26 | Where-Object Id -EQ 'ev-2024-late-na-cancels-clv-dta-trade-agreement' | Should -BeNullOrEmpty
    }

    It 'takes a [datetime] for -From and -To as its day' {
        $byDate = Get-RelationsEvent -From ([datetime]::new(2024, 9, 20)) -To ([datetime]::new(2024, 9, 20, 23, 59, 0)) -Within
        $byDate.Id | Should -Be @('ev-2024-09-20-clv-dta-withdrawal')
    }

    It 'returns with -Within only events entirely inside the window' {
        $overlapping = Get-RelationsEvent -From 2024-09-15 -To 2024-09-21
        $inside = Get-RelationsEvent -From 2024-09-15 -To 2024-09-21 -Within
        $overlapping.Date | Should -Contain '[..2024]'
        $inside.Date | Should -Not -Contain '[..2024]'
        $inside.Id | Should -Be @('ev-2024-09-20-clv-dta-withdrawal')
    }

    It 'sorts by first day, an open start placed by its last day and before what starts that day, then id' {
        $events = Get-RelationsEvent -From 1900
        $keys = $events | ForEach-Object { '{0:yyyyMMdd} {1} {2}' -f ($_.Start ?? $_.End), [int]($null -ne $_.Start), $_.Id.ToLowerInvariant() }
        $keys | Should -Be ($keys | Sort-Object -CaseSensitive)
        $ids = @($events.Id)
        $ids.IndexOf('ev-2024-clv-dta-diaspora-protests') | Should -BeLessThan $ids.IndexOf('ev-2024-09-20-clv-dta-withdrawal')
    }

    It 'returns the war a forum comment dates only after 1970 as possible in March 2026, and -Certain leaves it out' {
        $march = Get-RelationsEvent -From 2026-03 -To 2026-03
        $war = $march | Where-Object Id -EQ 'ev-undated-sino-vietnamese-war'
        $war.Date | Should -Be '[1970..]'
        $war.InWindow | Should -Be 'Possible'
        $war.InWindow | Should -BeOfType ([RelationsTools.Model.Certainty])
        Get-RelationsEvent -From 2026-03 -To 2026-03 -Certain | Should -BeNullOrEmpty
        (Get-RelationsEvent -From 1979 -To 1979 -Certain).Id | Should -Contain 'ev-1979-1989-vietnamese-military-involvement'
    }

    It 'shows InWindow in the default table, and nothing there without a window' {
        $table = Get-RelationsEvent -From 2026-03 -To 2026-03 | Out-String -Width 200
        $table | Should -Match 'InWindow'
        $table | Should -Match '\[1970\.\.\]\s+Possible'
        (Get-RelationsEvent).InWindow | Where-Object { $null -ne $_ } | Should -BeNullOrEmpty
    }

    It 'writes a moment''s date and InWindow to CSV as text that reads back as the same dates' {
        $file = Join-Path $TestDrive 'window.csv'
        $events = Get-RelationsEvent -From 2024 -To 2024
        $events | Export-Csv -LiteralPath $file
        $rows = Import-Csv -LiteralPath $file
        $rows.Date | Should -Be $events.Date
        $rows.InWindow | Should -Be ($events.InWindow | ForEach-Object ToString)
        $rows.Date | Should -Contain '[2024-09-27..2024-12-27]'

        # Written back as a data folder's events.csv, the dates read as they were, with the same answers for the window.
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'roundtrip')
        $rows | Select-Object Id, Date, Title, Summary, Category, Status, Actors, Location, Citations, Note |
            Export-Csv -LiteralPath (Join-Path $folder 'events.csv') -UseQuotes AsNeeded
        $again = Get-RelationsEvent -DataPath $folder -From 2024 -To 2024
        $again.Date | Should -Be $events.Date
        $again.InWindow | Should -Be $events.InWindow
    }

    It 'gives a -DataPath copy of the bundled events in the same order, and -FileOrder the file''s order' {
        Copy-Item (Join-Path $BundledData '*.csv') $TestDrive
        (Get-RelationsEvent -DataPath $TestDrive).Id | Should -Be (Get-RelationsEvent).Id
        (Get-RelationsEvent -DataPath $TestDrive -FileOrder).Id | Should -Be (Import-Csv (Join-Path $TestDrive events.csv)).Id
    }

    It 'matches -Actor by name or alias, ignoring diacritics' {
        $plain = Get-RelationsEvent -Actor 'To Lam'
        $accented = Get-RelationsEvent -Actor 'Tô Lâm'
        $plain | Should -Not -BeNullOrEmpty
        $accented.Id | Should -Be $plain.Id
        $plain | ForEach-Object { $_.Actors | Should -Contain 'to-lam' }
    }

    It 'matches -Category wildcards case-insensitively' {
        $trade = Get-RelationsEvent -Category 'TRADE*'
        $trade | Should -Not -BeNullOrEmpty
        $trade.Category | Sort-Object -Unique | Should -Be @('Trade')
    }

    It 'finds -Keyword in the title or summary' {
        Get-RelationsEvent -Keyword 'expressway' | Should -Not -BeNullOrEmpty
        Get-RelationsEvent -Keyword 'no-such-word-anywhere' | Should -BeNullOrEmpty
    }

    It 'takes sources from the pipeline by property name and writes each event once' {
        $events = Get-RelationsSource -Kind NewsReport | Get-RelationsEvent
        $events | Should -Not -BeNullOrEmpty
        $events.Id | Should -Be ($events.Id | Select-Object -Unique)
        $news = (Get-RelationsSource -Kind NewsReport).Id
        $events | ForEach-Object { @($_.SourceIds | Where-Object { $_ -in $news }).Count | Should -BeGreaterThan 0 }
    }

    It 'writes nothing for an empty pipeline' {
        @() | Get-RelationsEvent | Should -BeNullOrEmpty
    }

    It 'writes EventNotFound for a plain -Id that matches nothing' {
        Get-RelationsEvent -Id 'ev-nothing' -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'EventNotFound,RelationsTools.PowerShell.GetRelationsEventCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'stops in BeginProcessing when -From is after -To, before any output' {
        $written = [System.Collections.Generic.List[object]]::new()
        { Get-RelationsEvent -From 2025 -To 2024 -ErrorAction Stop | ForEach-Object { $written.Add($_) } } |
            Should -Throw -ErrorId 'InvalidDateRange,RelationsTools.PowerShell.GetRelationsEventCommand'
        $written.Count | Should -Be 0
    }

    It 'would see output written before a stop (so the test above can fail)' {
        $written = [System.Collections.Generic.List[object]]::new()
        { & { Get-RelationsEvent -Id ev-1967-diplomatic-relations; throw 'stopped after one event' } | ForEach-Object { $written.Add($_) } } | Should -Throw
        $written.Count | Should -Be 1
    }

    It 'stops with InvalidArgument on a date it cannot read, naming the accepted forms' {
        $problem = { Get-RelationsEvent -From 'Sept 2024' } | Should -Throw -ErrorId 'InvalidDateArgument,RelationsTools.PowerShell.GetRelationsEventCommand' -PassThru
        $problem.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $problem.Exception.Message | Should -Match 'YYYY-MM'
        $problem.Exception.Message | Should -Not -Match 'at RelationsTools'   # no .NET stack trace
    }

    It 'exports to CSV and back with every property intact, each list once as ''a; b'', and no System. text' {
        $saved = [System.Globalization.CultureInfo]::CurrentCulture
        try {
            [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
            $events = Get-RelationsEvent
            $rows = Assert-NoTypeNamesInCsv $events
        }
        finally {
            [System.Globalization.CultureInfo]::CurrentCulture = $saved
        }
        $rows | Should -HaveCount $events.Count
        @($rows[0].PSObject.Properties.Name | Where-Object { $_ -like '*List' }) | Should -BeNullOrEmpty -Because 'a list is one property, not a list and a joined twin'
        for ($i = 0; $i -lt $events.Count; $i++) {
            foreach ($name in 'Id', 'Date', 'Precision', 'Title', 'Summary', 'Category', 'Status', 'Location', 'Citations', 'Note', 'Actors', 'SourceIds', 'SourceKinds') {
                $rows[$i].$name | Should -BeExactly ($events[$i].$name.ToString())
            }
            $start = $events[$i].Start
            $rows[$i].Start | Should -BeExactly ($(if ($null -eq $start) { '' } else { $start.ToString([cultureinfo]::InvariantCulture) }))
        }
        ($events | Where-Object { $_.Actors.Count -gt 1 } | Select-Object -First 1).Actors.ToString() | Should -Match '^[a-z-]+(; [a-z-]+)+$'
    }

    It 'converts to JSON' {
        $json = Get-RelationsEvent -Category Trade | ConvertTo-Json -Depth 3
        $back = $json | ConvertFrom-Json
        $back[0].Id | Should -Not -BeNullOrEmpty
        $back[0].Actors | Should -Not -BeNullOrEmpty
    }

    It 'completes -Actor from names as well as ids' {
        $line = 'Get-RelationsEvent -Actor Tô'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'to-lam'
        $line = 'Get-RelationsEvent -Category Inf'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('Infrastructure')
        $line = 'Get-RelationsEvent -Id ev-1967'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'ev-1967-diplomatic-relations'
        $line = 'Get-RelationsEvent -SourceId cicp'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('cicp-2020-07-13-new-heights')
    }

    It 'has a default table view of Date, InWindow, Status, Category and Title' {
        (Get-FormatData RelationsTools.Model.RelationsEvent).FormatViewDefinition[0].Control.Headers.Label | Should -Be @('Date', 'InWindow', 'Status', 'Category', 'Title')
    }
}

Describe 'Get-TradeFigure' {
    It 'returns the January-July 2025 total, exports and imports for -Year 2025 -Kind Actual' {
        $figures = Get-TradeFigure -Year 2025 -Kind Actual
        $figures.Metric | Sort-Object | Should -Be @('BilateralTrade', 'CambodiaExportsToVietnam', 'CambodiaImportsFromVietnam')
        $figures | ForEach-Object { $_.Period | Should -Be '2025-01/2025-07' }
        ($figures | Where-Object Metric -EQ BilateralTrade).Value | Should -Be 7000000000
        ($figures | Where-Object Metric -EQ BilateralTrade).Qualifier | Should -Be 'About'
    }

    It 'returns the US$20 billion target for -Kind Target' {
        $target = Get-TradeFigure -Kind Target
        $target | Should -HaveCount 1
        $target.Value | Should -Be 20000000000
        $target.Value | Should -BeOfType [decimal]
        $target.DisplayValue | Should -Be 'US$20.0 bn'
    }

    It 'matches -Metric wildcards' {
        (Get-TradeFigure *export*).Metric | Sort-Object -Unique | Should -Be @('CambodiaExportsToVietnam')
    }

    It 'shows qualifiers in DisplayValue' {
        (Get-TradeFigure -Year 2019 -Kind Actual).DisplayValue | Should -Be @('≈ US$5.0 bn')
    }

    It 'selects by period window, with the undated target the window''s two-way trade is measured against' {
        (Get-TradeFigure -From 2020 -To 2020).Id | Should -Be @('tf-2020-bilateral-trade', 'tf-bilateral-trade-target')
    }

    It 'keeps no target for a window that measures nothing it aims at' {
        Get-TradeFigure -Metric VietnamInvestmentProjects -Year 2024 | Where-Object Kind -EQ Target | Should -BeNullOrEmpty
        (Get-TradeFigure -Year 1990) | Should -BeNullOrEmpty
    }

    It 'takes sources from the pipeline by property name' {
        $figures = Get-RelationsSource -Id khmertimes* | Get-TradeFigure
        $figures | Should -Not -BeNullOrEmpty
        $figures | ForEach-Object { $_.SourceIds | Should -Contain 'khmertimes-2025-08-18-border-trade' }
    }

    It 'exports to CSV with no System. text' {
        $rows = Assert-NoTypeNamesInCsv (Get-TradeFigure)
        $rows.Count | Should -Be (Get-TradeFigure).Count
    }

    It 'has a default table view of Period, Metric, Kind, Value and Sources' {
        $view = (Get-FormatData RelationsTools.Model.TradeFigure).FormatViewDefinition[0].Control
        $view.Headers.Label | Should -Be @('Period', 'Metric', 'Kind', 'Value', 'Sources')
    }

    It 'stops on a bad -To with InvalidDateArgument, not the id of a bad date in a data file' {
        { Get-TradeFigure -To 2024-13 } | Should -Throw -ErrorId 'InvalidDateArgument,RelationsTools.PowerShell.GetTradeFigureCommand'
    }
}

Describe 'Culture independence' -Tag Culture {
    BeforeAll {
        $script:saved = [System.Globalization.CultureInfo]::CurrentCulture
        $script:savedUi = [System.Globalization.CultureInfo]::CurrentUICulture
        function Get-Answers {
            [ordered]@{
                Events  = Get-RelationsEvent -Category 'TRADE*' -From 2024 | ConvertTo-Json -Depth 3
                Actor   = Get-RelationsEvent -Actor 'TO LAM' | ConvertTo-Json -Depth 3
                Figures = Get-TradeFigure -Year 2025 | ConvertTo-Json -Depth 3
                Display = (Get-TradeFigure).DisplayValue -join '|'
                Ids     = (Get-RelationsSource -Id 'KHMER*').Id -join '|'
            }
        }
        [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
        $script:expected = Get-Answers
    }
    AfterAll {
        [System.Globalization.CultureInfo]::CurrentCulture = $saved
        [System.Globalization.CultureInfo]::CurrentUICulture = $savedUi
    }

    It 'gives the same answers under <_>' -ForEach 'de-DE', 'tr-TR', 'ja-JP', 'ar-SA' {
        [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::new($_)
        [System.Globalization.CultureInfo]::CurrentUICulture = [System.Globalization.CultureInfo]::new($_)
        $answers = Get-Answers
        foreach ($key in $expected.Keys) {
            $answers[$key] | Should -BeExactly $expected[$key] -Because "$key under $_"
        }
        $answers.Events | Should -Not -BeNullOrEmpty
    }
}

Describe 'Tab completion over -DataPath' {
    It 'completes ids from the folder named on the command line' {
        $folder = Join-Path $TestDrive 'completion-data'
        New-Item -ItemType Directory $folder | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'events.csv') -Value @(
            'Id,Date,Title,Summary,Category,Actors,Location,Citations,Note',
            'ev-mine-1,2024,Mine,S,Trade,,,cicp-2020-07-13-new-heights ¶3,')
        $line = "Get-RelationsEvent -DataPath '$folder' -Id ev-mi"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('ev-mine-1')
        $line = 'Get-RelationsEvent -Id ev-mi'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
    }
}
