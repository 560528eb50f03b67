BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
}

Describe 'Get-RelationsActor' {
    It 'finds an actor by a spelling without diacritics' {
        $actor = Get-RelationsActor 'To Lam'
        $actor.Id | Should -Be 'to-lam'
        $actor.Aliases | Should -Contain 'Tô Lâm'
        $actor | Should -BeOfType ([RelationsTools.Model.Actor])
    }

    It 'lists each actor of piped events once' {
        $events = Get-RelationsEvent -Actor 'Hun Sen'
        $actors = $events | Get-RelationsActor
        $actors.Id | Should -Contain 'hun-sen'
        $actors.Id | Should -Be ($actors.Id | Select-Object -Unique)
        $expected = $events.Actors | Sort-Object -Unique
        $actors.Id | Sort-Object | Should -Be $expected
    }

    It 'filters by -Kind' {
        (Get-RelationsActor -Kind Country).Kind | Sort-Object -Unique | Should -Be @('Country')
    }

    It 'writes ActorNotFound for a plain name that names no actor' {
        Get-RelationsActor 'Nobody At All' -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'ActorNotFound,RelationsTools.PowerShell.GetRelationsActorCommand'
    }

    It 'exports to CSV with aliases as text' {
        $file = Join-Path $TestDrive 'actors.csv'
        Get-RelationsActor | Export-Csv -LiteralPath $file
        $rows = Import-Csv -LiteralPath $file
        $rows.Count | Should -Be @(Get-RelationsActor).Count
        ($rows | Where-Object Id -EQ 'to-lam').Aliases | Should -Match 'Tô Lâm'
        foreach ($row in $rows) { $row.PSObject.Properties.Value | Should -Not -Match 'System\.' }
    }

    It 'adds the actors of a -DataPath folder to the bundled ones' {
        $folder = Join-Path $TestDrive 'actors-data'
        New-Item -ItemType Directory $folder | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'actors.csv') -Value @(
            'Id,Name,Kind,Aliases,Citations',
            'sok-an,Sok An,Person,Sok An (Deputy Prime Minister),')
        (Get-RelationsActor -DataPath $folder -Name 'sok*').Name | Should -Be 'Sok An'
        (Get-RelationsActor -DataPath $folder -Name 'hun-sen').Id | Should -Be 'hun-sen'
    }
}
