# Issue 21's search, as a user meets it: -Keyword finds words in any order and quoted phrases as phrases, an
# actor's other names for one of its names, and a pattern that cannot be read is an InvalidArgument error.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
}

Describe '-Keyword' {
    It 'finds what every name of an actor finds, whichever name is typed' {
        $vietnam = @(Get-RelationsEvent -Keyword 'Vietnam').Id
        $vietnam | Should -Not -BeNullOrEmpty
        foreach ($name in 'Viet Nam', 'Việt Nam', 'Hà Nội', 'Hanoi') {
            (Get-RelationsEvent -Keyword $name).Id | Should -Be (Get-RelationsEvent -Keyword 'Viet Nam').Id -Because $name
            @(Get-RelationsEvent -Keyword $name).Id | Where-Object { $_ -notin $vietnam } | Should -BeNullOrEmpty -Because "$name finds nothing Vietnam's names do not"
        }
    }

    It 'finds several words in any order and a quoted phrase only as written' {
        (Get-RelationsEvent -Keyword 'CLV-DTA withdrawal').Id | Should -Contain 'ev-2024-09-20-clv-dta-withdrawal'
        (Get-RelationsEvent -Keyword '"withdrawal from the CLV-DTA"').Id | Should -Contain 'ev-2024-09-20-clv-dta-withdrawal'
        (Get-RelationsEvent -Keyword '"CLV-DTA withdrawal"').Id | Should -Not -Contain 'ev-2024-09-20-clv-dta-withdrawal'
    }
}

Describe 'A pattern that cannot be read' {
    It 'stops <Command> -<Parameter> with InvalidWildcardPattern in the user''s terms' -ForEach @(
        @{ Command = 'Get-RelationsEvent'; Parameter = 'Keyword'; Class = 'GetRelationsEventCommand' }
        @{ Command = 'Get-RelationsEvent'; Parameter = 'Id'; Class = 'GetRelationsEventCommand' }
        @{ Command = 'Get-RelationsSource'; Parameter = 'Id'; Class = 'GetRelationsSourceCommand' }
        @{ Command = 'Get-RelationsActor'; Parameter = 'Name'; Class = 'GetRelationsActorCommand' }
        @{ Command = 'Get-TradeFigure'; Parameter = 'Metric'; Class = 'GetTradeFigureCommand' }
        @{ Command = 'Get-RelationsClaim'; Parameter = 'Topic'; Class = 'GetRelationsClaimCommand' }
        @{ Command = 'Compare-Source'; Parameter = 'Topic'; Class = 'CompareSourceCommand' }
    ) {
        $arguments = @{ $Parameter = '[z-a]' }
        $record = $null
        try { & $Command @arguments -ErrorAction Stop | Out-Null } catch { $record = $_ }
        $record.FullyQualifiedErrorId | Should -Be "InvalidWildcardPattern,RelationsTools.PowerShell.$Class"
        $record.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $record.TargetObject | Should -Be '[z-a]'
        $record.Exception.Message | Should -BeLike "Cannot use '``[z-a``]' as a wildcard pattern: the range ``[z-a``] runs backwards*"
        $record.Exception.Message | Should -Not -Match '\^|\$'
    }
}
