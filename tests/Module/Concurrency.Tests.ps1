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

    It 'reads a file of many megabytes on several threads exactly as on one: rows, order, errors and their lines' {
        . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
        $module = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path
        $folder = Join-Path $TestDrive 'large-data'
        New-Item -ItemType Directory $folder | Out-Null
        # Over 8 MB, the size from which a file is split; quoted line breaks that look like rows, and bad rows, all through it.
        $text = [System.Text.StringBuilder]::new("Id,Date,Title,Summary,Category,Actors,Location,Citations,Note`n")
        $noted = $false
        foreach ($i in 1..50000) {
            $title = if ($i % 7 -eq 0) { "`"Cashew talks`nev-x,2015,looks like a row`r`n`"" } else { "Event $i with T$([char]0xF4) L$([char]0xE2)m" }
            $date = if ($i % 4999 -eq 0) { '2024-13' } else { '{0}-{1:00}' -f (1990 + $i % 30), (1 + $i % 12) }
            $null = $text.Append(('ev-{0},{1},{2},Summary {0} about pepper and the border trade of the two neighbouring countries,{3},hun-sen,,cicp-2020-07-13-new-heights ¶3,' -f $i, $date, $title, ('Trade', 'Border', 'History')[$i % 3]))
            $null = $text.Append($(if ($i % 3) { "`n" } else { "`r`n" }))
            if (-not $noted -and $text.Length -ge 8MB - 300KB) {
                # A note of 100 KB of lines that look like rows, across the 8 MB mark where the file is cut (the read
                # takes its first 4 MB itself, then cuts every 4 MB): the cut falls inside the quotes, and the read
                # must find that and cut again where the next row truly starts.
                # In bytes of UTF-8, which the cuts count: the rows so far hold non-ASCII text.
                $padding = 8MB - 100KB - [System.Text.Encoding]::UTF8.GetByteCount($text.ToString())
                $padding | Should -BeGreaterThan 0
                $null = $text.Append('ev-padding,2015,Padding,' + ('p' * $padding) + ',Border,hun-sen,,cicp-2020-07-13-new-heights ¶3,' + "`n")
                $null = $text.Append('ev-long-note,2015,A long note,S,Border,hun-sen,,cicp-2020-07-13-new-heights ¶3,"')
                foreach ($line in 1..2500) { $null = $text.Append("ev-fake-$line,2015,Not a row,S,Border,hun-sen,,x,`n") }
                $null = $text.Append("`"`n")
                $noted = $true
            }
        }
        [System.IO.File]::WriteAllText((Join-Path $folder 'events.csv'), $text.ToString())
        (Get-Item (Join-Path $folder 'events.csv')).Length | Should -BeGreaterThan 8MB

        $script = Join-Path $TestDrive 'large-read.ps1'
        Set-Content -LiteralPath $script -Value @'
param([string] $Module, [string] $Folder)
Import-Module $Module
# All rows, which go on one reader after the first piece; a few, which are read split; keywords.
$streamed = @(Get-RelationsEvent -DataPath $Folder -FileOrder -ErrorVariable problems -ErrorAction SilentlyContinue)
$selected = @(Get-RelationsEvent -DataPath $Folder -Category Border -From 2015 -To 2015 -FileOrder -ErrorVariable selectedProblems -ErrorAction SilentlyContinue)
$found = @(Get-RelationsEvent -DataPath $Folder -Keyword 'to lam', cashew -From 2000 -ErrorAction SilentlyContinue)
[pscustomobject]@{
    Streamed = $streamed.Id -join ','; Selected = $selected.Id -join ','; Found = $found.Id -join ','
    Problems = @($problems.Exception.Message); SelectedProblems = @($selectedProblems.Exception.Message)
} | ConvertTo-Json -Compress
'@
        $oneThread = Invoke-FreshPwsh -File $script -ArgumentList $module, $folder -Environment @{ RELATIONSTOOLS_THREADS = '1' }
        $threeThreads = Invoke-FreshPwsh -File $script -ArgumentList $module, $folder -Environment @{ RELATIONSTOOLS_THREADS = '3' }

        $oneThread.ExitCode | Should -Be 0 -Because $oneThread.Error
        $threeThreads.Output | Should -BeExactly $oneThread.Output
        $result = $oneThread.Output | ConvertFrom-Json
        $result.Problems | Should -HaveCount 10
        $result.Problems[0] | Should -Match "events\.csv:\d+: field 'Date'"
        ($result.Streamed -split ',') | Should -HaveCount 49992
        $result.Streamed | Should -Not -Match 'ev-fake'
        $result.Selected | Should -Match 'ev-long-note'
        $result.Selected | Should -Not -Match 'ev-fake'
        ($result.Selected -split ',').Count | Should -BeGreaterThan 1000
        # Only the bad rows of the category asked for: a row of another category is dropped before its date is read.
        $result.SelectedProblems | Should -Not -BeNullOrEmpty
        $result.SelectedProblems | Should -Match "events\.csv:\d+: field 'Date'"
        ($result.Found -split ',').Count | Should -BeGreaterThan 1000
    }
}
