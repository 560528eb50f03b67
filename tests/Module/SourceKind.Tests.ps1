# -SourceKind on every query cmdlet, Compare-Source and Export-RelationsReport: only what at least one document
# of the given kinds states. The README's recipe for leaving out commentary is the one tested here.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:NotCommentary = 'NewsReport', 'Analysis', 'OpEd', 'UnsignedArticle'
    $script:Commentary = 'BlogOpinion', 'ReaderComment', 'ForumComment'
    function Test-CommentaryOnly($Kinds) { @($Kinds | Where-Object { $_.ToString() -notin $Commentary }).Count -eq 0 }
}

Describe '-SourceKind' {
    It 'is on every query cmdlet, Compare-Source and Export-RelationsReport, and completes the kinds' {
        foreach ($command in 'Get-RelationsEvent', 'Get-TradeFigure', 'Get-RelationsClaim', 'Get-RelationsActor', 'Get-RelationsSource', 'Compare-Source', 'Export-RelationsReport') {
            (Get-Command $command).Parameters.Keys + (Get-Command $command).Parameters.Values.Aliases | Should -Contain 'SourceKind' -Because $command
        }
        $line = 'Get-RelationsEvent -SourceKind Rea'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('ReaderComment')
    }

    It 'leaves out every event and claim that only commentary states, reader and forum comments and the blog preface alike' {
        $all = Get-RelationsEvent
        $kept = Get-RelationsEvent -SourceKind $NotCommentary
        $commentOnly = $all | Where-Object { Test-CommentaryOnly $_.SourceKinds }
        $commentOnly.Id | Should -Contain 'ev-undated-sino-vietnamese-war'
        $commentOnly.Id | Should -Contain 'ev-1970-1974-vc-khmer-rouge-clashes'
        $kept | Where-Object { Test-CommentaryOnly $_.SourceKinds } | Should -BeNullOrEmpty
        $kept | Should -HaveCount ($all.Count - $commentOnly.Count)

        # The old recipe keeps the two forum-comment events: that is why -SourceKind exists.
        ($all | Where-Object SourceKinds -NotContains ReaderComment).Id | Should -Contain 'ev-undated-sino-vietnamese-war'

        $claims = Get-RelationsClaim -SourceKind $NotCommentary
        $claims.SourceKind | Where-Object { $_.ToString() -in $Commentary } | Should -BeNullOrEmpty
        $claims.Topic | Should -Not -Contain 'pol-pot-attended-hanoi-gathering'
        (Get-RelationsClaim).Topic | Should -Contain 'pol-pot-attended-hanoi-gathering'
    }

    It 'keeps figures, actors and sources a document of the kinds states, names or is' {
        Get-TradeFigure -SourceKind '*Comment' | Should -BeNullOrEmpty
        (Get-TradeFigure -SourceKind NewsReport).SourceIds | Should -Contain 'khmertimes-2025-08-18-border-trade'
        (Get-RelationsActor -SourceKind ForumComment).Id | Should -Contain 'viet-cong'
        (Get-RelationsActor -SourceKind $NotCommentary).Id | Should -Not -Contain 'viet-cong'
        (Get-RelationsSource -SourceKind ReaderComment).Id | Should -Be @('khmer-circle-2025-03-13-comments')
    }

    It 'compares only the claims of documents of the kinds' {
        (Compare-Source).Topic | Should -Contain 'pol-pot-attended-hanoi-gathering'
        $compared = Compare-Source -SourceKind $NotCommentary
        $compared.Topic | Should -Not -Contain 'pol-pot-attended-hanoi-gathering'
        $compared.Topic | Should -Contain 'bilateral-trade-usd'
    }

    It 'answers a near miss with SourceKindNotFound and the kind it most likely meant' {
        $events = Get-RelationsEvent -SourceKind ReaderComments, NewsReport -ErrorVariable problems -ErrorAction SilentlyContinue
        $events | Should -Not -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'SourceKindNotFound,RelationsTools.PowerShell.GetRelationsEventCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].Exception.Message | Should -Match "Did you mean 'ReaderComment'\?"
        { Compare-Source -SourceKind Analyis -ErrorAction Stop } | Should -Throw -ErrorId 'SourceKindNotFound,RelationsTools.PowerShell.CompareSourceCommand'
    }

    It 'makes a report of what the kinds state, says so, and writes nothing for a kind that does not exist' {
        Push-Location $TestDrive
        try {
            $report = Export-RelationsReport ./kinds.html -SourceKind $NotCommentary
            $html = Get-Content -Raw -LiteralPath $report.FullName
            $html | Should -Match 'only what a document of kind NewsReport, Analysis, OpEd, UnsignedArticle states'
            $html | Should -Not -Match 'id="event-ev-undated-sino-vietnamese-war"'
            $html | Should -Match 'id="event-ev-2024-09-20-clv-dta-withdrawal"'

            { Export-RelationsReport ./typo.html -SourceKind NewsRepot -ErrorAction Stop } | Should -Throw -ErrorId 'SourceKindNotFound,RelationsTools.PowerShell.ExportRelationsReportCommand'
            Test-Path ./typo.html | Should -BeFalse
        }
        finally {
            Pop-Location
        }
    }
}
