BeforeAll {
    $script:ModulePath = Join-Path $PSScriptRoot '../../module/RelationsTools'
    Import-Module $ModulePath -Force
}

Describe 'Get-RelationsSource' {
    It 'returns every row of the bundled sources.csv as a typed object' {
        $sources = Get-RelationsSource
        $sources | Should -HaveCount @(Import-Csv -LiteralPath (Join-Path $ModulePath 'data/sources.csv')).Count
        $sources | ForEach-Object { $_ | Should -BeOfType ([RelationsTools.Model.RelationsSource]) }
    }

    It 'declares its output type' {
        (Get-Command Get-RelationsSource).OutputType.Type | Should -Be ([RelationsTools.Model.RelationsSource])
    }

    It 'matches -Id wildcards case-insensitively' {
        (Get-RelationsSource -Id 'KHMER*').Id | Should -Be @(
            'khmer-circle-2025-03-13-comments', 'khmer-circle-2025-03-13-preface', 'khmertimes-2025-08-18-border-trade')
    }

    It 'filters by -Kind' {
        (Get-RelationsSource -Kind NewsReport, Analysis).Kind | Sort-Object -Unique | Should -Be @('Analysis', 'NewsReport')
    }

    It 'writes ObjectNotFound with a stable id for a plain Id that matches nothing' {
        Get-RelationsSource -Id 'no-such-source' -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'SourceNotFound,RelationsTools.PowerShell.GetRelationsSourceCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 'no-such-source'
    }

    It 'writes no error for a wildcard that matches nothing' {
        Get-RelationsSource -Id 'zz*' -ErrorVariable problems | Should -BeNullOrEmpty
        $problems | Should -BeNullOrEmpty
    }

    It 'stops on the missing Id with -ErrorAction Stop' {
        { Get-RelationsSource -Id 'no-such-source' -ErrorAction Stop } | Should -Throw -ErrorId 'SourceNotFound,RelationsTools.PowerShell.GetRelationsSourceCommand'
    }

    It 'takes ids from the pipeline by property name' {
        $piped = [pscustomobject]@{ SourceId = 'cicp-2020-07-13-new-heights' } | Get-RelationsSource
        $piped.Title | Should -Be 'Taking Cambodia-Vietnam Relations to New Heights'
    }

    It 'carries SourceId equal to Id, for binding to other cmdlets' {
        Get-RelationsSource | ForEach-Object { $_.SourceId | Should -Be $_.Id }
    }

    It 'exports to CSV with a row per source and no .NET type names in any cell' {
        $file = Join-Path $TestDrive 'sources.csv'
        Get-RelationsSource | Export-Csv -LiteralPath $file
        $rows = Import-Csv -LiteralPath $file
        $rows | Should -HaveCount @(Import-Csv -LiteralPath (Join-Path $ModulePath 'data/sources.csv')).Count
        foreach ($row in $rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match '^System\.'
            }
        }
    }

    It 'has a default table view led by Id' {
        $view = Get-FormatData -TypeName RelationsTools.Model.RelationsSource
        $view | Should -Not -BeNullOrEmpty
        $headers = $view.FormatViewDefinition[0].Control.Headers.Label
        $headers[0] | Should -Be 'Id'
        $headers | Should -Contain 'Kind'
    }

    It 'tab-completes source ids' {
        $line = 'Get-RelationsSource -Id cicp'
        $completions = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completions.CompletionMatches.CompletionText | Should -Be @('cicp-2020-07-13-new-heights')
    }

    It 'keeps an unknown publication date empty, never invented' {
        $forum = Get-RelationsSource -Kind ForumComment
        $forum.Published | Should -BeExactly ''
        $forum.PublishedStart | Should -BeNullOrEmpty
    }
}

Describe 'Get-RelationsSource from piped claims, events and figures' {
    BeforeAll { Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force }

    It 'gets the documents behind piped claims, each once, without reading the claim ids as source ids' {
        $sources = Get-RelationsClaim -Topic bilateral-trade-target-usd | Get-RelationsSource -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
        $sources.Id | Should -Be @('iseas-2025-03-mending-fences', 'joint-commission-2025-12-21st-meeting', 'khmertimes-2025-08-18-border-trade')
    }

    It 'gets the documents behind piped events through their SourceIds' {
        $events = Get-RelationsEvent -Category Trade
        $sources = $events | Get-RelationsSource -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
        $sources.Id | Sort-Object | Should -Be ($events.SourceIds | Sort-Object -Unique)
    }

    It 'gets the documents behind a piped trade figure' {
        (Get-TradeFigure -Kind Target | Get-RelationsSource).Id | Should -HaveCount 3
    }
}
