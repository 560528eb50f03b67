Describe 'Parallel use' {
    It 'gives identical results in eight runspaces that each import the module and query' {
        $module = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path
        $results = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:module
            [pscustomobject]@{
                Events  = Get-RelationsEvent -From 2024 -Category Trade, Diplomacy | ConvertTo-Json -Depth 3
                Figures = Get-TradeFigure | ConvertTo-Json -Depth 3
                Sources = (Get-RelationsSource).Id -join ','
            }
        }
        $results | Should -HaveCount 8
        $results.Events | Select-Object -Unique | Should -HaveCount 1
        $results.Figures | Select-Object -Unique | Should -HaveCount 1
        $results.Sources | Select-Object -Unique | Should -HaveCount 1
        $results[0].Events | Should -Not -BeNullOrEmpty
    }

    It 'gives identical results when runspaces stream the same user folder at once' {
        $module = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path
        $folder = Join-Path $TestDrive 'parallel-data'
        New-Item -ItemType Directory $folder | Out-Null
        $lines = [System.Collections.Generic.List[string]]::new()
        $lines.Add('Id,Date,Title,Summary,Category,Actors,Location,Citations,Note')
        foreach ($i in 1..2000) {
            $lines.Add(('ev-{0},{1}-{2:00},Event {0},Summary {0},{3},hun-sen,,cicp-2020-07-13-new-heights ¶3,' -f $i, (1990 + $i % 30), (1 + $i % 12), ('Trade', 'Border', 'History')[$i % 3]))
        }
        [System.IO.File]::WriteAllLines((Join-Path $folder 'events.csv'), $lines)

        $results = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:module
            (Get-RelationsEvent -DataPath $using:folder -From 2000 -To 2009 -Category Trade).Id -join ','
        }
        $results | Select-Object -Unique | Should -HaveCount 1
        $results[0] | Should -Not -BeNullOrEmpty
    }
}
