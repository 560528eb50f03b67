# New-RelationsDataset, and the workflow it starts: a dataset of one's own grown from the bundled one.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:BundledData = Join-Path $PSScriptRoot '../../data'
}

Describe 'New-RelationsDataset' {
    It 'copies every bundled data file and its README, and returns the folder as Get-Item does' {
        $folder = New-RelationsDataset (Join-Path $TestDrive 'copy')
        $folder | Should -BeOfType ([System.IO.DirectoryInfo])
        ($folder | Out-String) | Should -Be (Get-Item -LiteralPath $folder.FullName | Out-String)
        foreach ($file in Get-ChildItem -LiteralPath $BundledData -File | Where-Object Extension -In '.csv', '.md') {
            $copied = Join-Path $folder.FullName $file.Name
            $copied | Should -Exist
            (Get-FileHash -LiteralPath $copied).Hash | Should -Be (Get-FileHash -LiteralPath $file.FullName).Hash
        }
    }

    It 'writes only a header line per table with -Empty, and the empty folder checks clean' {
        $folder = New-RelationsDataset (Join-Path $TestDrive 'empty') -Empty
        $files = Get-ChildItem -LiteralPath $folder.FullName
        $files.Name | Sort-Object | Should -Be @('actors.csv', 'claims.csv', 'events.csv', 'sources.csv', 'trade-figures.csv')
        foreach ($file in $files) { @(Get-Content -LiteralPath $file.FullName) | Should -HaveCount 1 }
        Test-RelationsData -DataPath $folder.FullName | Should -BeNullOrEmpty
        Get-RelationsEvent -DataPath $folder.FullName | Should -BeNullOrEmpty
        @(Get-RelationsEvent -DataPath $folder.FullName -IncludeBundled).Count | Should -Be @(Get-RelationsEvent).Count
    }

    It 'refuses a folder that holds anything, unless -Force, which keeps files of other names' {
        $path = Join-Path $TestDrive 'occupied'
        New-Item -ItemType Directory -Path $path | Out-Null
        Set-Content -LiteralPath (Join-Path $path 'notes.txt') -Value 'mine'
        Set-Content -LiteralPath (Join-Path $path 'events.csv') -Value 'not a data file'
        { New-RelationsDataset $path } | Should -Throw -ErrorId 'DatasetFolderNotEmpty,RelationsTools.PowerShell.NewRelationsDatasetCommand'
        Get-Content -LiteralPath (Join-Path $path 'events.csv') | Should -Be 'not a data file'
        New-RelationsDataset $path -Force | Out-Null
        Get-Content -LiteralPath (Join-Path $path 'notes.txt') | Should -Be 'mine'
        Test-RelationsData -DataPath $path | Where-Object Severity -EQ Error | Should -BeNullOrEmpty
    }

    It 'says with -WhatIf what it would write, and writes nothing' {
        $path = Join-Path $TestDrive 'what-if'
        New-RelationsDataset $path -WhatIf
        $path | Should -Not -Exist
    }

    It 'refuses a path that is a file' {
        $file = Join-Path $TestDrive 'a-file.txt'
        Set-Content -LiteralPath $file -Value 'x'
        { New-RelationsDataset $file } | Should -Throw -ErrorId 'DatasetPathIsFile,RelationsTools.PowerShell.NewRelationsDatasetCommand'
    }

    It 'takes a name with brackets literally' {
        $folder = New-RelationsDataset (Join-Path $TestDrive 'data [2026]') -Empty
        $folder.Name | Should -Be 'data [2026]'
    }
}

Describe 'Growing a dataset of your own, as the README walks through it' {
    BeforeAll {
        # The steps of README.md's "Your own dataset", run as a user would.
        $script:Folder = (New-RelationsDataset (Join-Path $TestDrive 'mine')).FullName
        New-Item -ItemType Directory -Path (Join-Path $Folder 'texts') | Out-Null
        @(
            'id: vnexpress-2026-01-trade'
            'title: Trade between the two countries in 2025'
            ''
            '[1] Two-way trade between Vietnam and Cambodia reached US$12.5 billion in 2025, the ministry said on 12 January 2026.'
            '[2] Officials met in Phnom Penh to plan the next round of border market openings.'
        ) | Set-Content -LiteralPath (Join-Path $Folder 'texts/vnexpress-2026-01-trade.txt') -Encoding utf8NoBOM
        Add-Content -LiteralPath (Join-Path $Folder 'sources.csv') -Encoding utf8NoBOM -Value 'vnexpress-2026-01-trade,Trade between the two countries in 2025,VnExpress,,2026-01-12,NewsReport,en,,,2,https://example.org/vnexpress-2026-01-trade,A test source.'
        Add-Content -LiteralPath (Join-Path $Folder 'events.csv') -Encoding utf8NoBOM -Value 'ev-2026-01-12-trade-figures-announced,2026-01-12,Ministry gives 2025 trade total,The ministry published the two-way trade total for 2025.,Trade,Happened,cambodia; vietnam,,vnexpress-2026-01-trade ¶1,'
        Add-Content -LiteralPath (Join-Path $Folder 'trade-figures.csv') -Encoding utf8NoBOM -Value 'tf-2025-bilateral-trade,BilateralTrade,2025,Actual,12500000000,USD,Exact,vnexpress-2026-01-trade ¶1,,Full-year total.'
        $script:FigureLine = @(Get-Content -LiteralPath (Join-Path $Folder 'trade-figures.csv')).Count
    }

    It 'checks clean, text included' {
        Test-RelationsData -DataPath $Folder | Should -BeNullOrEmpty
    }

    It 'finds the new event beside the bundled ones' {
        $events = Get-RelationsEvent -DataPath $Folder -From 2026
        $events.Id | Should -Contain 'ev-2026-01-12-trade-figures-announced'
        @(Get-RelationsEvent -DataPath $Folder).Count | Should -Be (@(Get-RelationsEvent).Count + 1)
    }

    It 'compares the figure, entered once, with what the bundled sources say' {
        $comparison = Compare-Source -Topic bilateral-trade-usd -DataPath $Folder
        $comparison.Status | Should -Be 'Changed'
        $comparison.SourceIds | Should -Contain 'vnexpress-2026-01-trade'
        (Get-RelationsClaim -Topic bilateral-trade-usd -SourceId vnexpress-2026-01-trade -DataPath $Folder).FigureId | Should -Be 'tf-2025-bilateral-trade'
    }

    It 'writes a report that links the new source' {
        $report = Export-RelationsReport (Join-Path $TestDrive 'mine.html') -DataPath $Folder
        $html = Get-Content -Raw -LiteralPath $report.FullName
        $html | Should -Match 'href="https://example.org/vnexpress-2026-01-trade"'
        $html | Should -Match 'Ministry gives 2025 trade total'
    }

    It 'reports a wrong figure at its file, line and field, with the citation' {
        $wrong = Join-Path $TestDrive 'wrong'
        Copy-Item -LiteralPath $Folder -Destination $wrong -Recurse
        $figures = Join-Path $wrong 'trade-figures.csv'
        (Get-Content -Raw -LiteralPath $figures).Replace(',12500000000,', ',15200000000,') | Set-Content -LiteralPath $figures -NoNewline -Encoding utf8NoBOM
        $problem = Test-RelationsData -DataPath $wrong
        $problem | Should -HaveCount 1
        $problem.File | Should -Be (Get-Item -LiteralPath $figures).FullName
        $problem.Line | Should -Be $FigureLine
        $problem.Field | Should -Be 'Value'
        $problem.Problem | Should -Match 'vnexpress-2026-01-trade ¶1'
    }
}
