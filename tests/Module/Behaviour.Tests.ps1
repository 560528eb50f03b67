# Issue 13's rules, as users meet them: a plain name that finds nothing says so, in every cmdlet and
# parameter, bundled or -DataPath; comparisons do not call different periods a conflict; -Actor says
# whether it wants any or all. (What each cmdlet's output means to every other is in Pipeline.Tests.ps1.)
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:BundledData = Join-Path $PSScriptRoot '../../data'

    # The errors a pipeline writes, collected from its error stream.
    function Get-Errors([scriptblock] $Pipeline) {
        $ErrorActionPreference = 'Continue'   # the runner's 'Stop' would turn the first one into a throw
        @(& $Pipeline 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
    }

    # A data folder in $TestDrive holding one file of the given lines.
    function New-DataFolder([string] $Name, [string] $File, [string[]] $Lines) {
        $folder = Join-Path $TestDrive $Name
        New-Item -ItemType Directory -Path $folder | Out-Null
        $Lines | Set-Content -LiteralPath (Join-Path $folder $File) -Encoding utf8NoBOM
        $folder
    }

    function New-CopyOfBundledData([string] $Name) {
        $folder = Join-Path $TestDrive $Name
        New-Item -ItemType Directory -Path $folder | Out-Null
        Copy-Item (Join-Path $BundledData '*.csv') $folder
        $folder
    }
}

Describe 'A plain name that names nothing' {
    BeforeAll {
        $script:Copy = New-CopyOfBundledData 'copy'
    }

    It '<Command> <Parameter> <Value> writes <ErrorId> (ObjectNotFound), bundled and -DataPath' -ForEach @(
        @{ Command = 'Get-RelationsEvent'; Parameter = 'Category'; Value = 'Trde'; ErrorId = 'CategoryNotFound'; Meant = 'Trade' }
        @{ Command = 'Get-RelationsEvent'; Parameter = 'Id'; Value = 'ev-nothing'; ErrorId = 'EventNotFound'; Meant = $null }
        @{ Command = 'Get-RelationsEvent'; Parameter = 'Actor'; Value = 'Hun Sne'; ErrorId = 'ActorNotFound'; Meant = 'Hun Sen' }
        @{ Command = 'Get-RelationsEvent'; Parameter = 'SourceId'; Value = 'iseas'; ErrorId = 'SourceNotFound'; Meant = 'iseas-2025-03-mending-fences' }
        @{ Command = 'Get-TradeFigure'; Parameter = 'Metric'; Value = 'Bilateral'; ErrorId = 'MetricNotFound'; Meant = 'BilateralTrade' }
        @{ Command = 'Get-TradeFigure'; Parameter = 'SourceId'; Value = 'iseas'; ErrorId = 'SourceNotFound'; Meant = 'iseas-2025-03-mending-fences' }
        @{ Command = 'Get-RelationsClaim'; Parameter = 'SourceId'; Value = 'iseas'; ErrorId = 'SourceNotFound'; Meant = 'iseas-2025-03-mending-fences' }
        @{ Command = 'Get-RelationsClaim'; Parameter = 'Topic'; Value = 'vietnam-export-rnak'; ErrorId = 'TopicNotFound'; Meant = 'vietnam-export-rank' }
        @{ Command = 'Compare-Source'; Parameter = 'SourceId'; Value = 'iseas'; ErrorId = 'SourceNotFound'; Meant = 'iseas-2025-03-mending-fences' }
        @{ Command = 'Get-RelationsSource'; Parameter = 'Id'; Value = 'iseas'; ErrorId = 'SourceNotFound'; Meant = 'iseas-2025-03-mending-fences' }
        @{ Command = 'Get-RelationsActor'; Parameter = 'Name'; Value = 'Hun Sne'; ErrorId = 'ActorNotFound'; Meant = 'Hun Sen' }
    ) {
        foreach ($dataPath in @($null, $Copy)) {
            $arguments = @{ $Parameter = $Value }
            if ($dataPath) { $arguments.DataPath = $dataPath }
            $errors = Get-Errors { & $Command @arguments }
            $errors | Should -HaveCount 1 -Because "-DataPath '$dataPath'"
            $errors[0].FullyQualifiedErrorId | Should -Be "$ErrorId,RelationsTools.PowerShell.$($Command -replace '-', '')Command"
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be $Value
            if ($Meant) { $errors[0].Exception.Message | Should -Match ([regex]::Escape("Did you mean '$Meant'?")) }
        }
    }

    It 'lists the valid names of a closed set' {
        $errors = Get-Errors { Get-RelationsEvent -Category Trde }
        $errors[0].Exception.Message | Should -Match 'Diplomacy, Trade, Investment'
    }

    It 'is no error for a wildcard that matches nothing, or a name that exists but is filtered out' {
        Get-Errors { Get-RelationsEvent -Category 'zz*' } | Should -BeNullOrEmpty
        Get-Errors { Get-RelationsEvent -Id ev-1967-diplomatic-relations -From 2020 } | Should -BeNullOrEmpty
        Get-Errors { Get-RelationsEvent -Id ev-1967-diplomatic-relations -From 2020 -DataPath $Copy } | Should -BeNullOrEmpty
        Get-Errors { Get-RelationsClaim -Topic bilateral-trade-target-usd -SourceId cicp-2020-07-13-new-heights } | Should -BeNullOrEmpty
    }

    It 'says a -DataPath that is a file is a file, naming the folder to give instead' {
        $file = Join-Path $Copy 'events.csv'
        $thrown = { Get-RelationsEvent -DataPath $file } | Should -Throw -ErrorId 'DataPathIsFile,RelationsTools.PowerShell.GetRelationsEventCommand' -PassThru
        $thrown.Exception.Message | Should -Match 'is a file, not a data folder'
        $thrown.Exception.Message | Should -Not -Match 'does not exist'
    }
}

Describe 'An untouched copy of the bundled data' {
    BeforeAll {
        $script:Copy = New-CopyOfBundledData 'untouched'
    }

    It 'has no problems' {
        Test-RelationsData -DataPath $Copy | Should -BeNullOrEmpty
    }

    It '<Command> returns the same objects in the same order' -ForEach @(
        @{ Command = 'Get-RelationsSource' }, @{ Command = 'Get-RelationsActor' }, @{ Command = 'Get-RelationsEvent' },
        @{ Command = 'Get-TradeFigure' }, @{ Command = 'Get-RelationsClaim' }, @{ Command = 'Compare-Source' }
    ) {
        $bundled = & $Command | ConvertTo-Json -Depth 3 -EnumsAsStrings
        $copied = & $Command -DataPath $Copy | ConvertTo-Json -Depth 3 -EnumsAsStrings
        $copied | Should -Be $bundled
    }
}

Describe 'Comparing totals over different periods' {
    It 'calls a January-July total beside a full-year total Changed, not Conflict' {
        $folder = New-DataFolder 'full-year' 'trade-figures.csv' @(
            'Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note'
            'tf-2025-bilateral-trade,BilateralTrade,2025,Actual,12000000000,USD,About,khmertimes-2025-08-18-border-trade ¶9,,A made-up full-year total for the test.'
        )
        $comparison = Compare-Source -Topic bilateral-trade-usd -DataPath $folder -IncludeBundled -WarningAction SilentlyContinue
        $comparison.Status | Should -Be 'Changed'
    }

    It 'still calls two ages of one agreement about the same year a Conflict' {
        (Compare-Source -Topic clv-dta-age-years).Status | Should -Be 'Conflict'
    }
}

Describe '-Actor with several names' {
    It 'returns events naming any of them, and with -AllActors only those naming every one' {
        $any = Get-RelationsEvent -Actor 'Hun Sen', 'To Lam'
        $all = Get-RelationsEvent -Actor 'Hun Sen', 'To Lam' -AllActors
        $all | Should -Not -BeNullOrEmpty
        @($all).Count | Should -BeLessThan @($any).Count
        foreach ($e in $all) { $e.Actors | Should -Contain 'hun-sen'; $e.Actors | Should -Contain 'to-lam' }
        foreach ($e in $any) { ($e.Actors -contains 'hun-sen') -or ($e.Actors -contains 'to-lam') | Should -BeTrue }
    }
}

Describe 'Pipelines between the cmdlets' {
    It 'reads the claims once however many objects are piped into Get-RelationsClaim' {
        $folder = New-DataFolder 'two-bad-claims' 'claims.csv' @(
            'Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Derivation,Statement'
            'cl-1,some-topic,2,Rank,Exact,2024,asiatimes-2024-clv-dta-withdrawal,asiatimes-2024-clv-dta-withdrawal ¶28,,Fine.'
            'cl-2,some-topic,two,Rank,Exact,2024,asiatimes-2024-clv-dta-withdrawal,asiatimes-2024-clv-dta-withdrawal ¶28,,Not a number.'
            'cl-3,some-topic,3,Rank,Exact,2024-13,asiatimes-2024-clv-dta-withdrawal,asiatimes-2024-clv-dta-withdrawal ¶28,,Not a date.'
        )
        $piped = 'some-topic', 'some-topic', 'some-topic'
        $errors = Get-Errors { $piped | Get-RelationsClaim -DataPath $folder }
        $errors | Should -HaveCount 2
        @($piped | Get-RelationsClaim -DataPath $folder -ErrorAction SilentlyContinue).Id | Should -Be @('cl-1')
    }

    It 'takes strings piped by value as names' {
        ('To Lam' | Get-RelationsActor).Id | Should -Be 'to-lam'
        ('ev-1967-diplomatic-relations' | Get-RelationsEvent).Id | Should -Be 'ev-1967-diplomatic-relations'
        ('cicp*' | Get-RelationsSource).Id | Should -Be 'cicp-2020-07-13-new-heights'
    }
}

Describe 'Tab completion' {
    It 'quotes a value with a space and doubles a quote inside it' {
        $folder = New-DataFolder 'quoted' 'events.csv' @(
            'Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note'
            "ev-o'neil talk,2026,T,S,Trade,Happened,,,khmertimes-2025-08-18-border-trade ¶9,"
        )
        $line = "Get-RelationsEvent -DataPath '$folder' -Id ev-o"
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $completions.CompletionText | Should -Be @("'ev-o''neil talk'")
        (Invoke-Expression "$($line.Substring(0, $line.Length - 'ev-o'.Length))$($completions[0].CompletionText)").Id | Should -Be "ev-o'neil talk"
    }
}

Describe 'A repost in your own folder' {
    BeforeAll {
        $script:Single = Compare-Source -Topic hun-sen-to-lam-trade-talks-date
        $script:Claim = Get-RelationsClaim -Topic hun-sen-to-lam-trade-talks-date
        function New-FolderStating([string] $Name, [string] $RepostOf) {
            New-DataFolder $Name 'sources.csv' @(
                'Id,Title,Publisher,Authors,Published,Kind,Language,Via,RepostOf,Paragraphs,Url,Note'
                "my-copy,A reprint,Some site,,2025-08-20,NewsReport,en,,$RepostOf,,,"
            ) | Out-Null
            $folder = Join-Path $TestDrive $Name
            @(
                'Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Derivation,Statement'
                "cl-my-copy,$($Claim.Topic),$($Claim.Value),$($Claim.Unit),$($Claim.Qualifier),$($Claim.AsOf),my-copy,my-copy ¶1,,The reprint says the same."
            ) | Set-Content -LiteralPath (Join-Path $folder 'claims.csv') -Encoding utf8NoBOM
            $folder
        }
    }

    It 'does not turn a Single topic into Agree: a document and its copy are one voice' {
        $Single.Status | Should -Be 'Single'
        $folder = New-FolderStating 'repost' $Claim.SourceId
        $comparison = Compare-Source -Topic $Claim.Topic -DataPath $folder -IncludeBundled
        $comparison.Status | Should -Be 'Single'
        $comparison.SourceCount | Should -Be 1
        @($comparison.SourceIds | Sort-Object) | Should -Be @(@($Claim.SourceId, 'my-copy') | Sort-Object)
    }

    It 'is Agree when the same words come from a document that is no copy (so the test above can fail)' {
        $folder = New-FolderStating 'independent' ''
        $comparison = Compare-Source -Topic $Claim.Topic -DataPath $folder -IncludeBundled
        $comparison.Status | Should -Be 'Agree'
        $comparison.SourceCount | Should -Be 2
    }
}
