# Issue 21's pipeline: a piped record with an Id names that record, one of another kind what it refers to
# (an actor its events, a source its events), as each cmdlet's help says; what names nothing is an error,
# never an empty or a wrong answer; a report of piped records is a report of exactly those.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force

    # The errors a pipeline writes, collected from its error stream, and what it wrote.
    function Invoke-Collecting([scriptblock] $Pipeline) {
        $ErrorActionPreference = 'Continue'   # the runner's 'Stop' would turn the first error into a throw
        $all = @(& $Pipeline 2>&1)
        [pscustomobject]@{
            Errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            Output = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
        }
    }
}

Describe 'Every cmdlet given the output of every other' {
    BeforeAll {
        $script:Outputs = [ordered]@{
            'Get-RelationsSource' = @(Get-RelationsSource)
            'Get-RelationsEvent'  = @(Get-RelationsEvent)
            'Get-TradeFigure'     = @(Get-TradeFigure)
            'Get-RelationsActor'  = @(Get-RelationsActor)
            'Get-RelationsClaim'  = @(Get-RelationsClaim)
            'Compare-Source'      = @(Compare-Source)
            'Compare-Source (two sources)' = @(Compare-Source -ReferenceSource iseas-2025-03-mending-fences -DifferenceSource khmertimes-2025-08-18-border-trade -IncludeEqual)
        }
    }

    # Names: the output means something to the consumer, which answers with no error. Refuses: it names nothing
    # there, and each object is an error (not found, as its text), with no output.
    It '<Consumer> <Expected> the output of <Producer>' -ForEach @(
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Get-RelationsSource'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Get-RelationsEvent'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Get-TradeFigure'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Get-RelationsActor'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Get-RelationsClaim'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Compare-Source'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsSource'; Producer = 'Compare-Source (two sources)'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Get-RelationsSource'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Get-RelationsEvent'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Get-TradeFigure'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Get-RelationsActor'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Get-RelationsClaim'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Compare-Source'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsEvent'; Producer = 'Compare-Source (two sources)'; Expected = 'refuses' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Get-RelationsSource'; Expected = 'names' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Get-RelationsEvent'; Expected = 'refuses' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Get-TradeFigure'; Expected = 'names' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Get-RelationsActor'; Expected = 'refuses' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Get-RelationsClaim'; Expected = 'names' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Compare-Source'; Expected = 'refuses' }
        @{ Consumer = 'Get-TradeFigure'; Producer = 'Compare-Source (two sources)'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Get-RelationsSource'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Get-RelationsEvent'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Get-TradeFigure'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Get-RelationsActor'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Get-RelationsClaim'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Compare-Source'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsActor'; Producer = 'Compare-Source (two sources)'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Get-RelationsSource'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Get-RelationsEvent'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Get-TradeFigure'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Get-RelationsActor'; Expected = 'refuses' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Get-RelationsClaim'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Compare-Source'; Expected = 'names' }
        @{ Consumer = 'Get-RelationsClaim'; Producer = 'Compare-Source (two sources)'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Get-RelationsSource'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Get-RelationsEvent'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Get-TradeFigure'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Get-RelationsActor'; Expected = 'refuses' }
        @{ Consumer = 'Compare-Source'; Producer = 'Get-RelationsClaim'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Compare-Source'; Expected = 'names' }
        @{ Consumer = 'Compare-Source'; Producer = 'Compare-Source (two sources)'; Expected = 'names' }
    ) {
        $objects = $Outputs[$Producer]
        $result = Invoke-Collecting { $objects | & $Consumer }
        if ($Expected -eq 'names') {
            $result.Errors | Should -BeNullOrEmpty
            $result.Output | Should -Not -BeNullOrEmpty
        }
        else {
            $result.Output | Should -BeNullOrEmpty
            $result.Errors | Should -HaveCount $objects.Count
        }
    }

    It 'has a row for every pair' {
        # Six consumers by seven producers: a cmdlet added to one list and not the table fails here.
        $Outputs.Count | Should -Be 7
    }
}

Describe 'A piped record names itself' {
    It 'gives back exactly the events exported with Export-Csv and read with Import-Csv' {
        $exported = Join-Path $TestDrive 'ev.csv'
        Get-RelationsEvent -Category Trade | Export-Csv -LiteralPath $exported
        $expected = @(Import-Csv -LiteralPath $exported).Id
        $expected | Should -HaveCount 5
        (Import-Csv -LiteralPath $exported | Get-RelationsEvent).Id | Should -Be $expected
    }

    It 'gives back the events piped in, and only them' {
        $some = Get-RelationsEvent -Id ev-1967*
        (Get-RelationsEvent -Id ev-1967* | Get-RelationsEvent).Id | Should -Be $some.Id
        (Get-RelationsEvent -Actor 'Hun Sen' | Get-RelationsEvent).Id | Should -Be (Get-RelationsEvent -Actor 'Hun Sen').Id
    }

    It 'reads any object with an Id as that event' {
        ([pscustomobject]@{ Id = 'ev-1967-diplomatic-relations' } | Get-RelationsEvent).Id | Should -Be 'ev-1967-diplomatic-relations'
    }

    It 'gives back exactly the figures piped in, also from a CSV export' {
        $exported = Join-Path $TestDrive 'tf.csv'
        Get-TradeFigure -Kind Target | Export-Csv -LiteralPath $exported
        (Import-Csv -LiteralPath $exported | Get-TradeFigure).Id | Should -Be (Get-TradeFigure -Kind Target).Id
        (Get-TradeFigure -Year 2024 | Get-TradeFigure).Id | Should -Be (Get-TradeFigure -Year 2024).Id
    }

    It 'gets a figure by -Id, and says FigureNotFound for an id that names none' {
        (Get-TradeFigure -Id tf-2024-bilateral-trade).Id | Should -Be 'tf-2024-bilateral-trade'
        $result = Invoke-Collecting { Get-TradeFigure -Id tf-2024-bilateral-trad }
        $result.Output | Should -BeNullOrEmpty
        $result.Errors.FullyQualifiedErrorId | Should -Be 'FigureNotFound,RelationsTools.PowerShell.GetTradeFigureCommand'
    }

    It 'reads a source exported and read back as those sources' {
        $exported = Join-Path $TestDrive 'src.csv'
        Get-RelationsSource -Kind NewsReport | Export-Csv -LiteralPath $exported
        (Import-Csv -LiteralPath $exported | Get-RelationsSource).Id | Should -Be (Get-RelationsSource -Kind NewsReport).Id
        ([pscustomobject]@{ Id = 'cicp-2020-07-13-new-heights' } | Get-RelationsSource).Id | Should -Be 'cicp-2020-07-13-new-heights'
    }
}

Describe 'A piped record of another kind names what it refers to' {
    It 'gets the events of a piped actor and of a piped source' {
        $china = Get-RelationsActor China | Get-RelationsEvent
        $china.Id | Should -Be (Get-RelationsEvent -Actor china).Id
        $news = Get-RelationsSource -Id khmertimes-2025-08-18-border-trade | Get-RelationsEvent
        $news.Id | Should -Be (Get-RelationsEvent -SourceId khmertimes-2025-08-18-border-trade).Id
    }

    It 'binds a list cell of the CSV export as its items' {
        $exported = Join-Path $TestDrive 'chronology.csv'
        Get-RelationsEvent | Export-Csv -LiteralPath $exported
        @(Import-Csv -LiteralPath $exported).Actors | Should -Contain 'cambodia; vietnam'
        $result = Invoke-Collecting { Import-Csv -LiteralPath $exported | Get-RelationsActor }
        $result.Errors | Should -BeNullOrEmpty
        $result.Output.Id | Should -Be (Get-RelationsEvent | Get-RelationsActor).Id
        (Import-Csv -LiteralPath $exported | Get-RelationsSource).Id | Should -Be (Get-RelationsEvent | Get-RelationsSource).Id
    }

    It 'compares the topic of piped figures and claims across every source, keeping a Conflict' {
        $targets = Get-TradeFigure -Kind Target | Compare-Source
        $targets.Topic | Should -Be 'bilateral-trade-target-usd'
        $targets.SourceCount | Should -Be (Compare-Source -Topic bilateral-trade-target-usd).SourceCount
        $oneClaim = Get-RelationsClaim -Topic clv-dta-age-years | Select-Object -First 1
        ($oneClaim | Compare-Source).Status | Should -Be 'Conflict'
        ($oneClaim | Get-RelationsClaim).Id | Should -Be (Get-RelationsClaim -Topic clv-dta-age-years).Id
    }
}

Describe 'Records of different kinds piped at once' {
    It 'stops <Command> with MixedPipelineInput before it reads anything, instead of selecting what all name together' -ForEach @(
        @{ Command = 'Get-RelationsEvent'; Class = 'GetRelationsEventCommand'; Piped = { @(Get-RelationsActor China) + @(Get-RelationsSource -Id khmertimes-2025-08-18-border-trade) } }
        @{ Command = 'Get-RelationsSource'; Class = 'GetRelationsSourceCommand'; Piped = { @([pscustomobject]@{ Id = 'cicp-2020-07-13-new-heights' }) + @(Get-RelationsEvent -Id ev-2024-09-20-clv-dta-withdrawal) } }
        @{ Command = 'Get-TradeFigure'; Class = 'GetTradeFigureCommand'; Piped = { @(Get-TradeFigure -Kind Target) + @(Get-RelationsSource -Id khmertimes-2025-08-18-border-trade) } }
        @{ Command = 'Compare-Source'; Class = 'CompareSourceCommand'; Piped = { @(Get-TradeFigure -Kind Target) + @(Get-RelationsSource -Id khmertimes-2025-08-18-border-trade) } }
    ) {
        $objects = & $Piped
        $stop = $null
        $written = try { @($objects | & $Command) } catch { $stop = $_ }
        $stop.FullyQualifiedErrorId | Should -Be "MixedPipelineInput,RelationsTools.PowerShell.$Class"
        $stop.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $written | Should -BeNullOrEmpty
    }

    It 'still takes one kind at a time, and many records of it' {
        @(@(Get-RelationsActor China) + @(Get-RelationsActor 'Hun Sen') | Get-RelationsEvent).Count |
            Should -Be @(Get-RelationsEvent -Actor china, hun-sen).Count
    }
}

Describe 'Input that binds to nothing' {
    It 'is an error for each object, never a silent empty answer' {
        $result = Invoke-Collecting { 1, 2 | Get-RelationsEvent }
        $result.Output | Should -BeNullOrEmpty
        $notFound = 'EventNotFound,RelationsTools.PowerShell.GetRelationsEventCommand'
        $result.Errors.FullyQualifiedErrorId | Should -Be @($notFound, $notFound)
    }

    It 'is PowerShell''s own binding error in Export-RelationsReport, which writes no file' {
        Push-Location -LiteralPath $TestDrive
        try {
            $stop = $null
            try { 'foo' | Export-RelationsReport foo.html -ErrorVariable refused -ErrorAction SilentlyContinue } catch { $stop = $_ }
            $stop.FullyQualifiedErrorId | Should -Be 'ReportSelectionEmpty,RelationsTools.PowerShell.ExportRelationsReportCommand'
            $refused.FullyQualifiedErrorId | Should -Contain 'InputObjectNotBound,RelationsTools.PowerShell.ExportRelationsReportCommand'
            'foo.html' | Should -Not -Exist
        }
        finally { Pop-Location }
    }

    It 'takes a piped string as a folder in Test-RelationsData' {
        $problem = Join-Path $TestDrive 'no-such-folder' | Test-RelationsData
        $problem.ErrorId | Should -Be 'DataFolderNotFound'
    }
}

Describe 'A report of piped records' {
    BeforeAll { Push-Location -LiteralPath $TestDrive }
    AfterAll { Pop-Location }

    It 'holds exactly the events piped in, and says it is a selection' {
        $chosen = Get-RelationsEvent -Category Trade
        $file = $chosen | Export-RelationsReport trade.html
        $html = Get-Content -Raw -LiteralPath $file.FullName
        $html | Should -Match 'a selection of 5 events, 0 trade figures and 0 claims from the bundled dataset'
        foreach ($e in $chosen) { $html | Should -Match ([regex]::Escape([System.Net.WebUtility]::HtmlEncode($e.Title))) }
        $left = Get-RelationsEvent -Category Diplomacy | Select-Object -First 1
        $html | Should -Not -Match ([regex]::Escape([System.Net.WebUtility]::HtmlEncode($left.Title)))
    }

    It 'compares exactly the claims of the figures and claims piped in, and lists their sources only' {
        $claims = @(Get-RelationsClaim -Topic clv-dta-age-years)
        $file = @(Get-TradeFigure -Kind Target) + $claims | Export-RelationsReport mixed.html
        $html = Get-Content -Raw -LiteralPath $file.FullName
        $html | Should -Match "a selection of 0 events, 1 trade figure and $($claims.Count) claims\b"
        $html | Should -Match 'bilateral-trade-target-usd'
        $html | Should -Match 'clv-dta-age-years'
        $html | Should -Not -Match 'vietnam-export-rank'
        $html | Should -Not -Match 'id="src-forum-comment-vc-khmer-rouge-clashes"'
    }

    It 'warns when the records cite sources the data it reads has not, and not when given their -DataPath' {
        $folder = Join-Path $TestDrive 'own'
        New-RelationsDataset $folder -Empty | Out-Null
        Add-Content -LiteralPath (Join-Path $folder 'sources.csv') -Value 'my-src,My doc,Me,,2026-01-12,NewsReport,en,,,3,,'
        Add-Content -LiteralPath (Join-Path $folder 'events.csv') -Value "ev-mine,2026-01-10,My event,Something happened,Trade,Happened,cambodia,,my-src $([char]0xB6)1,"
        $mine = Get-RelationsEvent -DataPath $folder
        $warnings = @($mine | Export-RelationsReport own.html 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })
        $warnings.Message | Should -BeLike '*cite sources that the bundled dataset does not have (my-src)*-DataPath*'
        @($mine | Export-RelationsReport own.html -DataPath $folder -Force 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }) | Should -BeNullOrEmpty
    }

    It 'stops with ReportSelectionEmpty and writes nothing when nothing arrives' {
        { Get-RelationsEvent -Id 'zz*' | Export-RelationsReport empty.html -ErrorAction Stop } |
            Should -Throw -ErrorId 'ReportSelectionEmpty,RelationsTools.PowerShell.ExportRelationsReportCommand'
        'empty.html' | Should -Not -Exist
    }
}
