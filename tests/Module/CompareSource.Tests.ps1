# Get-RelationsClaim and Compare-Source over the bundled data: the statuses a reader relies on, the
# two-source form, errors with stable ids, CSV export and culture independence.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force

    function Get-CsvRows($Objects) {
        $file = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.csv')
        $Objects | Export-Csv -LiteralPath $file
        Import-Csv -LiteralPath $file
    }

    function New-TestClaim([string] $SourceId, [decimal] $Value) {
        $source = [RelationsTools.Model.RelationsSource]::new($SourceId, "Title of $SourceId", '', '', [RelationsTools.Model.FuzzyDate]::Unknown, 'NewsReport', 'en', '')
        [RelationsTools.Model.Claim]::new("cl-test-$SourceId", 'test-topic', $Value.ToString([cultureinfo]::InvariantCulture), $Value, $null,
            'USD', 'Exact', [RelationsTools.Model.FuzzyDate]::Parse('2024'), $source, [RelationsTools.Model.Citation]::new($SourceId, 1, 1), 'A test claim.')
    }

    $script:AsiaTimes = 'asiatimes-2024-clv-dta-withdrawal'
    $script:KhmerTimes = 'khmertimes-2025-08-18-border-trade'
    $script:Iseas = 'iseas-2025-03-mending-fences'
}

Describe 'Get-RelationsClaim' {
    It 'returns every claim as a typed Claim' {
        $claims = Get-RelationsClaim
        $claims.Count | Should -BeGreaterThan 40
        $claims | ForEach-Object { $_ | Should -BeOfType ([RelationsTools.Model.Claim]) }
    }

    It 'declares its output type and wildcard parameters' {
        $command = Get-Command Get-RelationsClaim
        $command.OutputType.Type | Should -Be ([RelationsTools.Model.Claim])
        foreach ($name in 'Topic', 'SourceId') {
            $command.Parameters[$name].Attributes.Where({ $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }) | Should -HaveCount 1
        }
    }

    It 'matches -Topic wildcards case-insensitively' {
        (Get-RelationsClaim -Topic 'VIETNAM-EXPORT*').Id | Should -Be @('cl-vietnam-export-rank-at', 'cl-vietnam-export-rank-kt')
    }

    It 'combines -Topic and -SourceId' {
        (Get-RelationsClaim -Topic bilateral-trade-target-usd -SourceId 'iseas*').Id | Should -Be 'tf-bilateral-trade-target@iseas-2025-03-mending-fences'
    }

    It 'takes SourceId from piped sources by property name' {
        $claims = Get-RelationsSource -Id cicp-2020-07-13-new-heights | Get-RelationsClaim
        $claims | Should -Not -BeNullOrEmpty
        $claims.SourceId | Sort-Object -Unique | Should -Be 'cicp-2020-07-13-new-heights'
    }

    It 'writes TopicNotFound (ObjectNotFound) for a plain topic that no claim has' {
        Get-RelationsClaim -Topic no-such-topic -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'TopicNotFound,RelationsTools.PowerShell.GetRelationsClaimCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 'no-such-topic'
    }

    It 'writes SourceNotFound for a plain source id that no claim comes from, and nothing for a wildcard' {
        Get-RelationsClaim -SourceId no-such-source, 'zz*' -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'SourceNotFound,RelationsTools.PowerShell.GetRelationsClaimCommand'
    }

    It 'keeps a date claim without a date empty, shown as (no date)' {
        $undated = Get-RelationsClaim -Topic clv-dta-withdrawal-announced -SourceId $AsiaTimes
        $undated.Value | Should -BeExactly ''
        $undated.DisplayValue | Should -Be '(no date)'
    }

    It 'exports to CSV with no .NET type names in any cell' {
        $rows = Get-CsvRows (Get-RelationsClaim)
        $rows.Count | Should -Be (Get-RelationsClaim).Count
        foreach ($row in $rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match 'System\.' -Because "$($property.Name) of $($row.Id) must be flat text"
            }
        }
    }

    It 'has a default table view of Topic, DisplayValue, AsOf, SourceKind, SourceId' {
        $view = Get-FormatData -TypeName RelationsTools.Model.Claim
        $view.FormatViewDefinition[0].Control.Headers.Label | Should -Be @('Topic', 'DisplayValue', 'AsOf', 'SourceKind', 'SourceId')
    }

    It 'tab-completes topics' {
        $line = 'Get-RelationsClaim -Topic vietnam-exp'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('vietnam-export-rank')
    }
}

Describe 'Compare-Source by topic' {
    BeforeAll {
        $script:ByTopic = @{}
        Compare-Source | ForEach-Object { $ByTopic[$_.Topic] = $_ }
    }

    It 'returns one typed SourceComparison per topic and declares that type' {
        $ByTopic.Count | Should -Be @((Get-RelationsClaim).Topic | Sort-Object -Unique).Count
        $ByTopic.Values | ForEach-Object { $_ | Should -BeOfType ([RelationsTools.Compare.SourceComparison]) }
        (Get-Command Compare-Source).OutputType.Type | Should -Contain ([RelationsTools.Compare.SourceComparison])
    }

    It 'shows vietnam-export-rank as Changed, because #2 is about 2024 and #3 about 2025, periods that do not overlap' {
        $rank = $ByTopic['vietnam-export-rank']
        $rank.Values | Should -Be @('#2', '#3')
        $rank.Claims.Value | Should -Be @('2', '3')
        $rank.SourceCount | Should -Be 2
        $rank.Claims.AsOf | Should -Be @('2024', '2025')
        $rank.Status | Should -Be 'Changed' -Because 'Asia Times ranks Vietnam 2nd as of 2024 and Khmer Times 3rd as of 2025: a change over time, not a contradiction'
        $rank.Summary | Should -Be '#2 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶28) vs #3 as of 2025 (khmertimes-2025-08-18-border-trade ¶10)'
    }

    It 'shows bilateral-trade-target-usd as Agree across all three documents, ISEAS''s doubled 2024 figure included' {
        $target = $ByTopic['bilateral-trade-target-usd']
        $target.Status | Should -Be 'Agree'
        $target.SourceCount | Should -Be 3
        $target.SourceIds | Sort-Object | Should -Be @('iseas-2025-03-mending-fences', 'joint-commission-2025-12-21st-meeting', 'khmertimes-2025-08-18-border-trade')
        $target.Values | Should -Be 'US$20.0 bn'
    }

    It 'shows clv-dta-withdrawal-announced as Agree: 2024-09 contains 2024-09-20, and an undated statement contradicts neither' {
        $withdrawal = $ByTopic['clv-dta-withdrawal-announced']
        $withdrawal.SourceCount | Should -Be 3
        $withdrawal.Claims.Value | Should -Be @('2024-09', '2024-09-20', '')
        $withdrawal.Status | Should -Be 'Agree'
    }

    It 'marks a topic stated by one document as Single' {
        $ByTopic['hcmc-summit-date'].Status | Should -Be 'Single'
    }

    It 'filters by -Status' {
        $disagreements = Compare-Source -Status Conflict, Changed
        $disagreements | Should -Not -BeNullOrEmpty
        $disagreements.Status | Sort-Object -Unique | Should -Be @('Conflict', 'Changed')
        $disagreements.Topic | Should -Contain 'vietnam-export-rank'
    }

    It 'reads numbers more loosely with a larger -Tolerance' {
        (Compare-Source -Topic clv-dta-age-years).Status | Should -Be 'Conflict' -Because '25 years and about 20 years for 2024 are 20% apart'
        (Compare-Source -Topic clv-dta-age-years -Tolerance 0.2).Status | Should -Be 'Agree'
    }

    It 'turns a 1% difference from Agree into Conflict at -Tolerance 0.001 (Core API: the bundled data has no such pair)' {
        $claims = [RelationsTools.Model.Claim[]]@((New-TestClaim 'source-a' 10000000000), (New-TestClaim 'source-b' 10100000000))
        @([RelationsTools.Compare.ClaimLedger]::new($claims, [RelationsTools.Compare.ClaimLedger]::DefaultTolerance).CompareTopics())[0].Status | Should -Be 'Agree'
        @([RelationsTools.Compare.ClaimLedger]::new($claims, 0.001).CompareTopics())[0].Status | Should -Be 'Conflict'
    }

    It 'turns a 1% difference from Agree into Conflict at -Tolerance 0.001 (the cmdlet, over a -DataPath folder)' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'one-percent')
        Set-Content -LiteralPath (Join-Path $folder 'claims.csv') -Encoding utf8NoBOM -Value @(
            'Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Statement'
            "cl-test-iseas,test-trade-usd,10000000000,USD,Exact,2024,$Iseas,$Iseas ¶7,A test claim."
            "cl-test-kt,test-trade-usd,10100000000,USD,Exact,2024,$KhmerTimes,$KhmerTimes ¶9,A test claim 1% higher.")
        (Compare-Source -DataPath $folder).Status | Should -Be 'Agree' -Because '1% is within the default 2%'
        (Compare-Source -DataPath $folder -Tolerance 0.001).Status | Should -Be 'Conflict' -Because '1% is more than 0.1%, and both claims are about 2024'
        (Compare-Source -DataPath $folder -ReferenceSource $Iseas -DifferenceSource $KhmerTimes -Tolerance 0.001).SideIndicator | Should -Be '<>'
        (Get-RelationsClaim -DataPath $folder).Id | Should -Be @('cl-test-iseas', 'cl-test-kt')
    }

    It 'compares a topic written in two cases as one topic, so ranks 2 and 5 for 2024 are a Conflict that names its pair' {
        $folder = Join-Path $PSScriptRoot '../data/topic-two-spellings'
        $comparison = @(Compare-Source -DataPath $folder)
        $comparison.Count | Should -Be 1
        $comparison[0].Status | Should -Be 'Conflict'
        $comparison[0].Conflicts.First.Id, $comparison[0].Conflicts.Second.Id | Should -Be @('cl-test-rank-at', 'cl-test-rank-kt')
        (Get-CsvRows $comparison).Conflicts | Should -Be "#2 as of 2024 ($AsiaTimes ¶28) vs #5 as of 2024 ($KhmerTimes ¶10)"
        @(Get-RelationsClaim -DataPath $folder -Topic vietnam-export-rank).Count | Should -Be 2
    }

    It 'compares nothing when sources are piped but none arrive' {
        Get-RelationsSource -Id 'zz*' | Compare-Source | Should -BeNullOrEmpty
    }

    It 'refuses a -Tolerance outside 0..1' {
        { Compare-Source -Tolerance 1.5 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RelationsTools.PowerShell.CompareSourceCommand'
    }

    It 'compares only the claims of the sources given by -SourceId, also when piped' {
        $piped = Get-RelationsSource -Id $Iseas, $KhmerTimes | Compare-Source -Topic bilateral-trade-target-usd
        $piped.SourceCount | Should -Be 2
        (Compare-Source -Topic vietnam-export-rank -SourceId $AsiaTimes).Status | Should -Be 'Single'
    }

    It 'writes TopicNotFound for a plain topic that no claim has' {
        Compare-Source -Topic no-such-topic -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'TopicNotFound,RelationsTools.PowerShell.CompareSourceCommand'
    }

    It 'exports to CSV with no .NET type names in any cell' {
        $rows = Get-CsvRows (Compare-Source)
        $rows.Count | Should -Be $ByTopic.Count
        foreach ($row in $rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match 'System\.' -Because "$($property.Name) of $($row.Topic) must be flat text"
                $property.Value | Should -Not -Match 'RelationsTools\.' -Because "$($property.Name) of $($row.Topic) must be flat text"
            }
        }
        ($rows | Where-Object Topic -EQ 'vietnam-export-rank').Values | Should -Be '#2; #3'
    }

    It 'gives the same JSON under de-DE and tr-TR as under the invariant culture' {
        $saved = [cultureinfo]::CurrentCulture
        try {
            $json = foreach ($culture in '', 'de-DE', 'tr-TR') {
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo($culture)
                $comparisons = @(Compare-Source -Topic 'VIETNAM*')
                $comparisons.Count | Should -BeGreaterThan 3 -Because "'VIETNAM*' must match the vietnam-* topics in culture '$culture'"
                ($comparisons | ConvertTo-Json -Depth 4) + (Get-RelationsClaim -Topic 'VIETNAM*' | ConvertTo-Json)
            }
        }
        finally {
            [cultureinfo]::CurrentCulture = $saved
        }
        $json[1] | Should -BeExactly $json[0]
        $json[2] | Should -BeExactly $json[0]
    }

    It 'has a default table view of Topic, Status, SourceCount, Summary' {
        $view = Get-FormatData -TypeName RelationsTools.Compare.SourceComparison
        $view.FormatViewDefinition[0].Control.Headers.Label | Should -Be @('Topic', 'Status', 'SourceCount', 'Summary')
    }

    It 'tab-completes topics' {
        $line = 'Compare-Source -Topic clv-dta-with'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('clv-dta-withdrawal-announced')
    }
}

Describe 'Compare-Source with two sources' {
    It 'declares SourceDifference as the output of the two-source form' {
        $set = (Get-Command Compare-Source).ParameterSets | Where-Object { $_.Parameters.Name -contains 'ReferenceSource' }
        (Get-Command Compare-Source).OutputType | Where-Object { $_.Type -eq [RelationsTools.Compare.SourceDifference] } | Should -HaveCount 1
        $set.Parameters.Name | Should -Contain 'IncludeEqual'
    }

    It 'marks a topic both state differently as different, with each side''s value and citation' {
        $rank = Compare-Source -ReferenceSource $AsiaTimes -DifferenceSource $KhmerTimes | Where-Object Topic -EQ 'vietnam-export-rank'
        $rank.SideIndicator | Should -Be '<>'
        $rank.Status | Should -Be 'Changed'
        $rank.ReferenceValue | Should -Be '#2 as of 2024'
        $rank.DifferenceValue | Should -Be '#3 as of 2025'
        $rank.ReferenceCitation | Should -Be 'asiatimes-2024-clv-dta-withdrawal ¶28'
        $rank.DifferenceCitation | Should -Be 'khmertimes-2025-08-18-border-trade ¶10'
    }

    It 'marks topics of one side only as reference-only or difference-only' {
        $rows = Compare-Source -ReferenceSource $AsiaTimes -DifferenceSource $KhmerTimes
        ($rows | Where-Object Topic -EQ 'vietnam-investor-rank').SideIndicator | Should -Be '<='
        ($rows | Where-Object Topic -EQ 'bilateral-trade-target-usd').SideIndicator | Should -Be '=>'
        $rows.SideIndicator | Sort-Object -Unique | Should -Be @('<=', '<>', '=>')
    }

    It 'leaves agreeing topics out unless -IncludeEqual, then marks them equal' {
        $without = Compare-Source -ReferenceSource $Iseas -DifferenceSource $KhmerTimes
        $with = Compare-Source -ReferenceSource $Iseas -DifferenceSource $KhmerTimes -IncludeEqual
        $without.Topic | Should -Not -Contain 'bilateral-trade-target-usd'
        $without.SideIndicator | Should -Not -Contain '=='
        ($with | Where-Object Topic -EQ 'bilateral-trade-target-usd').SideIndicator | Should -Be '=='
        $with.Count | Should -Be ($without.Count + @($with | Where-Object SideIndicator -EQ '==').Count)
    }

    It 'uses the public indicator constants of Core' {
        [RelationsTools.Compare.SideIndicators]::Equal | Should -Be '=='
        [RelationsTools.Compare.SideIndicators]::Different | Should -Be '<>'
        [RelationsTools.Compare.SideIndicators]::ReferenceOnly | Should -Be '<='
        [RelationsTools.Compare.SideIndicators]::DifferenceOnly | Should -Be '=>'
    }

    It 'stops with SourceNotFound (ObjectNotFound), as everywhere, for an unknown -ReferenceSource, before any output' {
        $written = [System.Collections.Generic.List[object]]::new()
        $thrown = { Compare-Source -ReferenceSource no-such-source -DifferenceSource $KhmerTimes | ForEach-Object { $written.Add($_) } } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -Be 'SourceNotFound,RelationsTools.PowerShell.CompareSourceCommand'
        $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $thrown.TargetObject | Should -Be 'no-such-source'
        $written.Count | Should -Be 0
    }

    It 'would see comparisons written before a stop (so the test above can fail)' {
        $written = [System.Collections.Generic.List[object]]::new()
        { & { Compare-Source -ReferenceSource $Iseas -DifferenceSource $KhmerTimes; throw 'stopped after the comparison' } | ForEach-Object { $written.Add($_) } } | Should -Throw
        $written.Count | Should -BeGreaterThan 0
    }

    It 'stops with SourceNotFound for an unknown -DifferenceSource too, naming the parameter and the nearest id' {
        $thrown = { Compare-Source -ReferenceSource $AsiaTimes -DifferenceSource iseas } | Should -Throw -ErrorId 'SourceNotFound,RelationsTools.PowerShell.CompareSourceCommand' -PassThru
        $thrown.Exception.Message | Should -Match '-DifferenceSource'
        $thrown.Exception.Message | Should -Match "Did you mean 'iseas-2025-03-mending-fences'"
    }

    It 'exports to CSV with no .NET type names in any cell' {
        $rows = Get-CsvRows (Compare-Source -ReferenceSource $Iseas -DifferenceSource $AsiaTimes -IncludeEqual)
        $rows | Should -Not -BeNullOrEmpty
        foreach ($row in $rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match 'System\.|RelationsTools\.' -Because "$($property.Name) of $($row.Topic) must be flat text"
            }
        }
    }

    It 'has a default table view led by Topic and SideIndicator' {
        $view = Get-FormatData -TypeName RelationsTools.Compare.SourceDifference
        $view.FormatViewDefinition[0].Control.Headers.Label | Select-Object -First 2 | Should -Be @('Topic', 'SideIndicator')
    }

    It 'tab-completes source ids for -ReferenceSource and -DifferenceSource' {
        foreach ($parameter in 'ReferenceSource', 'DifferenceSource') {
            $line = "Compare-Source -$parameter cicp"
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('cicp-2020-07-13-new-heights')
        }
    }
}
