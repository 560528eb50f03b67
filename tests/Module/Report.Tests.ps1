# Export-RelationsReport: the file it writes and returns, overwriting only with -Force, -WhatIf, the window,
# a user's folder with its bad rows, escaping, and the page as a browser renders it (headless Chromium,
# where installed; .ci/run installs Debian's chromium). The screenshot is kept in TestResults/report/.
BeforeAll {
    # Tests below move into folders of $TestDrive, which goes when this file ends: the location comes back here.
    Push-Location -StackName ReportTests
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:CommandName = 'RelationsTools.PowerShell.ExportRelationsReportCommand'
    $script:Artifacts = Join-Path $PSScriptRoot '../../TestResults/report'

    function New-DataFolder([string] $Name, [hashtable] $Files) {
        $folder = Join-Path $TestDrive $Name
        $null = New-Item -ItemType Directory -Path $folder -Force
        foreach ($file in $Files.Keys) {
            [System.IO.File]::WriteAllText((Join-Path $folder $file), $Files[$file], [System.Text.UTF8Encoding]::new($false))
        }
        $folder
    }

    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:ModulePath = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path

    # What a stop leaves in a folder: every file, by name.
    function Get-FileName([string] $Folder) { @(Get-ChildItem -LiteralPath $Folder -File -Force | ForEach-Object Name) }

    # A new empty folder in $TestDrive, to see everything a command leaves there.
    function New-EmptyFolder {
        $folder = Join-Path $TestDrive ('empty-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        (New-Item -ItemType Directory -Path $folder).FullName
    }

    # The first of the usual names of a Chromium on PATH, or $null.
    function Find-Chromium {
        foreach ($name in 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome') {
            $command = Get-Command $name -CommandType Application -ErrorAction Ignore | Select-Object -First 1
            if ($command) { return $command.Source }
        }
    }

    # Runs headless Chromium on a file with the given switches (such as --dump-dom), in a new profile,
    # without network, and returns its standard output.
    function Invoke-Chromium([string] $Browser, [string] $File, [string[]] $Switches) {
        $profileFolder = Join-Path $TestDrive ('chromium-profile-' + [guid]::NewGuid().ToString('N'))
        $start = [System.Diagnostics.ProcessStartInfo]::new($Browser)
        foreach ($argument in @('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync', "--user-data-dir=$profileFolder") + $Switches + [System.Uri]::new([System.IO.Path]::GetFullPath($File)).AbsoluteUri) {
            $start.ArgumentList.Add($argument)
        }
        $start.UseShellExecute = $false
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [System.Diagnostics.Process]::Start($start)
        $null = $process.StandardError.ReadToEndAsync()
        $output = $process.StandardOutput.ReadToEndAsync()
        if (-not $process.WaitForExit(120000)) {
            $process.Kill($true)
            throw "Chromium did not finish within 2 minutes: $Browser $($start.ArgumentList -join ' ')"
        }
        $output.Result
    }

    # Asks a PowerShell to stop when its first error arrives, as Ctrl+C would: the command stops at its next
    # write to the pipeline. (A C# handler: it runs on the command's own thread, where no script can run.)
    if (-not ('ReportTestStopOnFirstError' -as [type])) {
        Add-Type -TypeDefinition @'
using System.Management.Automation;
public static class ReportTestStopOnFirstError
{
    public static void Attach(PowerShell shell)
    {
        bool asked = false;
        shell.Streams.Error.DataAdded += (sender, e) =>
        {
            if (!asked)
            {
                asked = true;
                shell.BeginStop(null, null);
            }
        };
    }
}
'@
    }

    # A folder in the 1.1 layout: a source with a Url, and events that happened, are expected, or are a goal.
    $script:StatusFolder = New-DataFolder 'status-and-links' @{
        'sources.csv' = "Id,Title,Publisher,Authors,Published,Kind,Language,Via,RepostOf,Paragraphs,Url,Note`n" +
                        "my-linked,A linked article,A publisher,,2025,NewsReport,en,,,,https://example.org/news?id=1&lang=en,`n"
        'events.csv'  = "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note`n" +
                        "ev-done,2025-03-01,A meeting held,Summary,Diplomacy,Happened,,,my-linked ¶1,`n" +
                        "ev-meeting,2026-05-01,A meeting planned,Summary,Diplomacy,Expected,,,my-linked ¶1,`n" +
                        "ev-road,2027,A road due,Summary,Infrastructure,Expected,,,my-linked ¶1,`n" +
                        "ev-goal,2030,An income goal,Summary,Politics,Goal,,,my-linked ¶1,`n"
    }

    # A folder whose text fields hold markup, quotes and ampersands, and one bad row.
    $script:HostileFolder = New-DataFolder 'hostile' @{
        'sources.csv'       = "Id,Title,Publisher,Authors,Published,Kind,Language,Note`n" +
                              "hostile-src,""<script>alert('title')</script> """"&' <b>Source</b>"",<b>Publisher</b>,""A & B"",2024,NewsReport,en,""<script>alert(1)</script> note """"&'""`n"
        'events.csv'        = "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note`n" +
                              "ev-hostile-1,2024-05-01,<b>Bold</b> title <script>alert(2)</script>,""Summary with """"&' and <b>tags</b>"",Trade,,<i>Here</i>,hostile-src ¶1,""<script>document.title='x'</script>""`n" +
                              "ev-hostile-2,2024-02-30,A bad date,Summary,Trade,,,hostile-src ¶2,`n"
        'trade-figures.csv' = "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note`n" +
                              "tf-hostile,BilateralTrade,2024,Target,1000000000,USD,Exact,hostile-src ¶3,""<b>target</b> """"&'""`n"
        'claims.csv'        = "Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Statement`n" +
                              "cl-hostile,hostile-topic,5,Count,Exact,2024,hostile-src,hostile-src ¶4,""<script>alert(3)</script> """"&'""`n"
    }
}

Describe 'Export-RelationsReport' {
    BeforeEach {
        Push-Location $TestDrive
    }

    AfterEach {
        Pop-Location
        Remove-Item (Join-Path $TestDrive 'RelationsReport.html') -ErrorAction Ignore
    }

    It 'writes RelationsReport.html in the current location and returns its FileInfo' {
        $file = Export-RelationsReport
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.FullName | Should -Be (Join-Path $TestDrive 'RelationsReport.html')
        $file.Length | Should -BeGreaterThan 10000
        Get-ChildItem $TestDrive -Force -Filter '*partial*' | Should -BeNullOrEmpty
    }

    It 'declares ShouldProcess, its output type and the date attributes of -From and -To' {
        $command = Get-Command Export-RelationsReport
        $command.Parameters.Keys | Should -Contain 'WhatIf'
        $command.Parameters.Keys | Should -Contain 'Confirm'
        $command.OutputType.Type | Should -Be ([System.IO.FileInfo])
        foreach ($name in 'From', 'To') {
            $command.Parameters[$name].Attributes.Where({ $_.GetType().FullName -eq 'RelationsTools.PowerShell.DateArgumentAttribute' }) | Should -HaveCount 1
        }
    }

    It 'writes a self-contained page: no scripts and no links outside itself' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -Path 'self-contained.html' -Force).FullName
        $html | Should -Not -Match '<script|<link|<img|<iframe|url\((?!#)|@import'   # url(#id) is a pattern in the page itself
        $links = [regex]::Matches($html, 'href="([^"]*)"').ForEach({ $_.Groups[1].Value })
        $links.Count | Should -BeGreaterThan 100
        $links | Where-Object { -not $_.StartsWith('#') } | Should -BeNullOrEmpty -Because 'the bundled sources carry no Url'
        [regex]::Matches($html, '\ssrc=') | Should -BeNullOrEmpty
    }

    It 'links every citation to its source''s entry in the source list' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -Path 'links.html' -Force).FullName
        $html | Should -Match 'href="#src-iseas-2025-03-mending-fences"'
        $html | Should -Match '<li id="src-iseas-2025-03-mending-fences"'
        $targets = [regex]::Matches($html, 'href="#(src-[^"]+)"').ForEach({ $_.Groups[1].Value }) | Sort-Object -Unique
        $anchors = [regex]::Matches($html, '<li id="(src-[^"]+)"').ForEach({ $_.Groups[1].Value }) | Sort-Object -Unique
        $targets | Should -Be $anchors
    }

    It 'does not overwrite an existing file without -Force: ReportFileExists, ResourceExists' {
        Set-Content -LiteralPath 'RelationsReport.html' -Value 'keep me'
        { Export-RelationsReport -ErrorAction Stop } | Should -Throw -ErrorId "ReportFileExists,$CommandName"
        $record = $null
        try { Export-RelationsReport } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'ResourceExists'
        $record.TargetObject | Should -Be (Join-Path $TestDrive 'RelationsReport.html')
        Get-Content -LiteralPath 'RelationsReport.html' | Should -Be 'keep me'
    }

    It 'overwrites an existing file with -Force' {
        Set-Content -LiteralPath 'RelationsReport.html' -Value 'old'
        $file = Export-RelationsReport -Force
        Get-Content -Raw -LiteralPath $file.FullName | Should -Match '^<!DOCTYPE html>'
    }

    It 'writes nothing and returns nothing with -WhatIf' {
        $result = Export-RelationsReport -WhatIf
        $result | Should -BeNullOrEmpty
        'RelationsReport.html' | Should -Not -Exist
    }

    It 'says with -WhatIf that it would overwrite an existing file, and leaves it as it was' {
        Set-Content -LiteralPath 'RelationsReport.html' -Value 'keep me'
        Export-RelationsReport -WhatIf | Should -BeNullOrEmpty
        Export-RelationsReport -WhatIf -Force | Should -BeNullOrEmpty
        Get-Content -LiteralPath 'RelationsReport.html' | Should -Be 'keep me'
        { Export-RelationsReport -ErrorAction Stop } | Should -Throw -ErrorId "ReportFileExists,$CommandName"
    }

    It 'tells -WhatIf which file it would write or overwrite' {
        $script = Join-Path $TestDrive 'whatif.ps1'
        Set-Content -LiteralPath $script -Value @'
param($ModulePath)
Import-Module $ModulePath
Set-Content -LiteralPath existing.html -Value 'keep me'
Export-RelationsReport -Path new.html -WhatIf
Export-RelationsReport -Path existing.html -WhatIf
Export-RelationsReport -Path existing.html -WhatIf -Force
'@
        $run = Invoke-FreshPwsh -File $script -ArgumentList $ModulePath -WorkingDirectory $TestDrive
        $run.Error | Should -BeNullOrEmpty
        $lines = @($run.Output -split '\r?\n' | Where-Object { $_ -like 'What if:*' })
        $lines | Should -HaveCount 3
        $lines[0] | Should -BeLike "*Write a RelationsTools report*$(Join-Path $TestDrive 'new.html')*"
        $lines[1] | Should -BeLike '*Overwrite*without -Force*ReportFileExists*existing.html*'
        $lines[2] | Should -BeLike '*Overwrite the existing file with a RelationsTools report*existing.html*'
        Get-Content -LiteralPath (Join-Path $TestDrive 'existing.html') | Should -Be 'keep me'
        Join-Path $TestDrive 'new.html' | Should -Not -Exist
    }

    It 'returns the file as Get-Item does, so it shows Mode, size and date' {
        $file = Export-RelationsReport -Path 'shown.html'
        $file.PSPath | Should -Not -BeNullOrEmpty
        $file.PSProvider.Name | Should -Be 'FileSystem'
        $file.Mode | Should -Not -BeNullOrEmpty
        ($file | Out-String) | Should -Be (Get-Item -LiteralPath $file.FullName | Out-String)
    }

    It 'has -Path and -LiteralPath (aliases PSPath, LP) in parameter sets of their own' {
        $command = Get-Command Export-RelationsReport
        $command.ParameterSets.Name | Sort-Object | Should -Be @('LiteralPath', 'Path')
        $command.DefaultParameterSet | Should -Be 'Path'
        $command.Parameters['LiteralPath'].Aliases | Sort-Object | Should -Be @('LP', 'PSPath')
        $command.Parameters['Path'].Attributes.Where({ $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }) | Should -HaveCount 1
        { Export-RelationsReport -Path a.html -LiteralPath b.html } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
    }

    It 'takes -LiteralPath as it is: a file name with [brackets]' {
        $file = Export-RelationsReport -LiteralPath 'report[1].html'
        $file.Name | Should -Be 'report[1].html'
        Test-Path -LiteralPath (Join-Path $TestDrive 'report[1].html') | Should -BeTrue
        { Export-RelationsReport -PSPath 'report[1].html' -ErrorAction Stop } | Should -Throw -ErrorId "ReportFileExists,$CommandName"
        (Export-RelationsReport -LP 'report[1].html' -Force).Name | Should -Be 'report[1].html'
    }

    It 'resolves wildcards in -Path as Out-File does: one match is the file, no match or several stop' {
        { Export-RelationsReport -Path 'report[1].html' } | Should -Throw -ErrorId "ReportPathNotFound,$CommandName"
        Set-Content -LiteralPath 'only-one.html' -Value 'old'
        (Export-RelationsReport -Path 'only-o?e.html' -Force).Name | Should -Be 'only-one.html'
        Get-Content -Raw -LiteralPath 'only-one.html' | Should -Match '^<!DOCTYPE html>'
        Set-Content -LiteralPath 'two-a.html', 'two-b.html' -Value 'old'
        { Export-RelationsReport -Path 'two-*.html' -Force } | Should -Throw -ErrorId "ReportPathAmbiguous,$CommandName"
        Get-Content -LiteralPath 'two-a.html', 'two-b.html' | Should -Be @('old', 'old')
    }

    It 'stops with ReportPathNotFileSystem for a path on another provider' {
        { Export-RelationsReport -Path 'Env:RelationsReport' } | Should -Throw -ErrorId "ReportPathNotFileSystem,$CommandName"
        { Export-RelationsReport -LiteralPath 'Env:RelationsReport' } | Should -Throw -ErrorId "ReportPathNotFileSystem,$CommandName"
        Test-Path Env:RelationsReport | Should -BeFalse
    }

    It 'puts -Title, escaped, in the page title and the heading' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -Path 'titled.html' -Title 'Trade & <b>the border</b>').FullName
        $html | Should -Match ([regex]::Escape('<title>Trade &amp; &lt;b&gt;the border&lt;/b&gt;</title>'))
        $html | Should -Match ([regex]::Escape('<h1>Trade &amp; &lt;b&gt;the border&lt;/b&gt;</h1>'))
        $html | Should -Not -Match '<b>the border'
    }

    It 'stops with ReportPathIsFolder for a folder' {
        $null = New-Item -ItemType Directory -Path 'a-folder'
        { Export-RelationsReport -Path 'a-folder' -Force } | Should -Throw -ErrorId "ReportPathIsFolder,$CommandName"
    }

    It 'stops with ReportFolderNotFound, naming the missing folder, when the folder to write in does not exist' {
        $folder = New-EmptyFolder
        $record = $null
        try { Export-RelationsReport -Path (Join-Path $folder 'no-such-folder/report.html') } catch { $record = $_ }
        $record.FullyQualifiedErrorId | Should -Be "ReportFolderNotFound,$CommandName"
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.Exception.Message | Should -Match ([regex]::Escape("the folder '$(Join-Path $folder 'no-such-folder')' does not exist"))
        $record.Exception.Message | Should -Not -Match '\.partial'
        Get-ChildItem -LiteralPath $folder -Recurse -Force | Should -BeNullOrEmpty
    }

    It 'reads -From and -To as Get-RelationsEvent does' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -Path 'window.html' -From 2024-09 -To 2024-09 -Force).FullName
        $inWindow = Get-RelationsEvent -From 2024-09 -To 2024-09
        foreach ($event in $inWindow) { $html | Should -Match ([regex]::Escape("id=""event-$($event.Id)""")) }
        ([regex]::Matches($html, '<tr id="event-')).Count | Should -Be @($inWindow).Count
        $html | Should -Not -Match 'id="event-ev-1967-diplomatic-relations"'
        $html | Should -Match 'from 2024-09-01 to 2024-09-30'
    }

    It 'keeps the US$20 billion target, which has no year, in a report on 2024 and 2025' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -Path 'targets.html' -From 2024 -To 2025 -Force).FullName
        $html | Should -Match 'id="figure-tf-bilateral-trade-target"'
        $html | Should -Match '<a href="#figure-tf-bilateral-trade-target"><line class="target"'
        $html | Should -Match ([regex]::Escape('>Target: Two-way trade US$20.0 bn, no year given</text>'))
        $html | Should -Match ([regex]::Escape('>≈ US$7.0 bn (7 months)</text>'))
    }

    It 'stops on a bad date before writing anything' {
        { Export-RelationsReport -Path 'bad.html' -From 2024-13 } | Should -Throw -ErrorId "InvalidDateArgument,$CommandName"
        { Export-RelationsReport -Path 'bad.html' -From 2025 -To 2024 } | Should -Throw -ErrorId "InvalidDateRange,$CommandName"
        'bad.html' | Should -Not -Exist
    }

    It 'reports on a -DataPath folder, writing its bad rows as non-terminating errors' {
        $file = Export-RelationsReport -DataPath $HostileFolder -Path 'user.html' -Force -ErrorVariable problems -ErrorAction SilentlyContinue
        $file | Should -BeOfType ([System.IO.FileInfo])
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike "*,$CommandName"
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $problems[0].Exception.Message | Should -Match 'events\.csv'
        $html = Get-Content -Raw -LiteralPath $file.FullName
        $html | Should -Match 'id="event-ev-hostile-1"'
        $html | Should -Not -Match 'id="event-ev-hostile-2"'
        $html | Should -Match '<li id="src-hostile-src"'
        $html | Should -Match ([regex]::Escape('your data (the folder “hostile”)'))
        $html | Should -Not -Match ([regex]::Escape($TestDrive))
    }

    It 'links a source''s Url and draws expected events and goals hollow, for a -DataPath folder' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -DataPath $StatusFolder -Path 'status.html' -Force).FullName
        $html | Should -Match ([regex]::Escape('<a href="https://example.org/news?id=1&amp;lang=en" rel="noopener noreferrer">A linked article</a>'))
        $html | Should -Match '<a href="#event-ev-done"><circle class="mark day" [^>]*fill="#0072B2"'
        $html | Should -Match '<a href="#event-ev-meeting"><circle class="mark day expected" [^>]*fill="#ffffff"'
        $html | Should -Match '<a href="#event-ev-goal"><rect class="mark span goal" [^>]*stroke-dasharray'
        $html | Should -Match '<span class="title">Status</span>'
    }

    It 'leaves no file when a bad row stops it under -ErrorAction Stop, and an existing report as it was' {
        Set-Location (New-EmptyFolder)
        { Export-RelationsReport -DataPath $HostileFolder -Path 'stopped.html' -ErrorAction Stop } | Should -Throw -ErrorId "*,$CommandName"
        Set-Content -LiteralPath 'kept.html' -Value 'old report'
        { Export-RelationsReport -DataPath $HostileFolder -Path 'kept.html' -Force -ErrorAction Stop } | Should -Throw -ErrorId "*,$CommandName"
        Get-FileName . | Should -Be @('kept.html')
        Get-Content -LiteralPath 'kept.html' | Should -Be 'old report'
    }

    It 'leaves no file when stopped (Ctrl+C) while it reads the data' {
        # Many bad rows, so the command is still reading when the first error arrives and the stop is asked.
        $rows = foreach ($i in 1..20000) { "ev-bad-$i,2024-02-30,Bad date $i,Summary,Trade,,,hostile-src ¶1," }
        $folder = New-DataFolder 'many-bad-rows' @{
            'sources.csv' = "Id,Title,Publisher,Authors,Published,Kind,Language,Note`nhostile-src,A source,P,,2024,NewsReport,en,`n"
            'events.csv'  = "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note`n" + ($rows -join "`n") + "`n"
        }
        $output = New-EmptyFolder
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', $ModulePath).AddStatement().
                AddCommand('Export-RelationsReport').AddParameter('Path', (Join-Path $output 'r.html')).AddParameter('DataPath', $folder)
            [ReportTestStopOnFirstError]::Attach($shell)
            try { $null = $shell.Invoke() } catch [System.Management.Automation.PipelineStoppedException] { }
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
            $shell.Streams.Error.Count | Should -BeLessThan 20000 -Because 'the stop came while rows were still being read'
        }
        finally {
            $shell.Dispose()
        }
        Get-FileName $output | Should -BeNullOrEmpty
    }

    It 'stops, writing no file, when -DataPath does not exist' {
        { Export-RelationsReport -DataPath (Join-Path $TestDrive 'no-such-folder') -Path 'none.html' } | Should -Throw -ErrorId "DataFolderNotFound,$CommandName"
        'none.html' | Should -Not -Exist
    }

    It 'shows markup, quotes and ampersands in the data as text, never as markup' {
        $html = Get-Content -Raw -LiteralPath (Export-RelationsReport -DataPath $HostileFolder -Path 'escaped.html' -Force -ErrorAction SilentlyContinue).FullName
        $html | Should -Not -Match '<script'
        $html | Should -Not -Match '<b>|<i>'
        # Source title, event title, summary, location, note, figure note, claim statement:
        $html | Should -Match ([regex]::Escape('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;&amp;&#39; &lt;b&gt;Source&lt;/b&gt;'))
        $html | Should -Match ([regex]::Escape('&lt;b&gt;Bold&lt;/b&gt; title &lt;script&gt;alert(2)&lt;/script&gt;'))
        $html | Should -Match ([regex]::Escape('Summary with &quot;&amp;&#39; and &lt;b&gt;tags&lt;/b&gt;'))
        $html | Should -Match ([regex]::Escape('&lt;i&gt;Here&lt;/i&gt;'))
        $html | Should -Match ([regex]::Escape('Note: &lt;script&gt;document.title=&#39;x&#39;&lt;/script&gt;'))
        $html | Should -Match ([regex]::Escape('&lt;b&gt;target&lt;/b&gt; &quot;&amp;&#39;'))
        $html | Should -Match ([regex]::Escape('&lt;script&gt;alert(3)&lt;/script&gt; &quot;&amp;&#39;'))
        $html | Should -Match ([regex]::Escape('&lt;script&gt;alert(1)&lt;/script&gt; note &quot;&amp;&#39;'))
    }
}

Describe 'The report in a browser' {
    BeforeAll {
        $script:Browser = Find-Chromium
        $null = New-Item -ItemType Directory -Path $Artifacts -Force
    }

    It 'renders a timeline and a trade chart with marks, and keeps a screenshot' {
        if (-not $Browser) {
            Set-ItResult -Skipped -Because 'no Chromium is installed (apt-get install chromium; .ci/run installs it)'
            return
        }

        $report = Export-RelationsReport -Path (Join-Path $Artifacts 'RelationsReport.html') -Force
        $dom = Invoke-Chromium $Browser $report.FullName '--dump-dom'
        $timeline = [regex]::Match($dom, '<svg id="timeline-chart".*?</svg>', 'Singleline').Value
        $trade = [regex]::Match($dom, '<svg id="trade-chart".*?</svg>', 'Singleline').Value
        $events = @(Get-RelationsEvent)
        $undated = @($events | Where-Object Date -EQ '')
        $undated | Should -Not -BeNullOrEmpty
        ([regex]::Matches($timeline, 'class="mark ')).Count | Should -Be ($events.Count - $undated.Count) -Because 'an undated event has no place on a time axis'
        foreach ($e in $undated) { $dom | Should -Match ('id="event-{0}"' -f [regex]::Escape($e.Id)) -Because 'an undated event is still listed in the table' }
        ([regex]::Matches($timeline, '<circle class="mark day[ "]')).Count | Should -Be @($events | Where-Object Precision -EQ Day).Count
        ([regex]::Matches($trade, '<rect class="bar actual"')).Count | Should -BeGreaterThan 0
        ([regex]::Matches($trade, '<line class="target"')).Count | Should -Be @(Get-TradeFigure -Kind Target | Where-Object Unit -EQ USD).Count
        ([regex]::Matches($trade, '<rect class="bar actual part-year"')).Count | Should -Be 3
        $dom | Should -Match '<tr class="status-conflict">'

        $png = Join-Path $Artifacts 'RelationsReport.png'
        Remove-Item $png -ErrorAction Ignore
        $null = Invoke-Chromium $Browser $report.FullName "--screenshot=$png", '--window-size=1400,2000', '--hide-scrollbars'
        $png | Should -Exist
        $bytes = [System.IO.File]::ReadAllBytes($png)
        [System.BitConverter]::ToString($bytes, 0, 8) | Should -Be '89-50-4E-47-0D-0A-1A-0A'
        $bytes.Length | Should -BeGreaterThan 50000 -Because 'a blank 1400x2000 page compresses to about 10 kB'
    }

    It 'draws what has not happened hollow, and keeps a screenshot' {
        if (-not $Browser) {
            Set-ItResult -Skipped -Because 'no Chromium is installed (apt-get install chromium; .ci/run installs it)'
            return
        }

        $report = Export-RelationsReport -DataPath $StatusFolder -Path (Join-Path $Artifacts 'StatusAndLinks.html') -Title 'Events by status' -Force
        $dom = Invoke-Chromium $Browser $report.FullName '--dump-dom'
        ([regex]::Matches($dom, 'class="mark [^"]*(expected|goal)"')).Count | Should -Be 3
        $dom | Should -Match '<a href="https://example.org/news\?id=1&amp;lang=en" rel="noopener noreferrer">'

        $png = Join-Path $Artifacts 'StatusAndLinks.png'
        Remove-Item $png -ErrorAction Ignore
        $null = Invoke-Chromium $Browser $report.FullName "--screenshot=$png", '--window-size=1400,900', '--hide-scrollbars'
        $png | Should -Exist
    }

    It 'parses escaped data as text: no element comes from the data' {
        if (-not $Browser) {
            Set-ItResult -Skipped -Because 'no Chromium is installed (apt-get install chromium; .ci/run installs it)'
            return
        }

        $report = Export-RelationsReport -DataPath $HostileFolder -Path (Join-Path $TestDrive 'hostile.html') -Force -ErrorAction SilentlyContinue
        $dom = Invoke-Chromium $Browser $report.FullName '--dump-dom'
        $dom | Should -Match '<title>Cambodia–Vietnam relations</title>' -Because 'no script from the data ran to change it'
        # Attribute values (tooltips hold the same text) are set aside: older Chromium writes '<' in them as it is.
        $elements = $dom -replace '="[^"]*"', '=""'
        $elements | Should -Not -Match '<script|<b>|<i>'
        $dom | Should -Match ([regex]::Escape('&lt;b&gt;Bold&lt;/b&gt; title'))
    }
}

AfterAll {
    Pop-Location -StackName ReportTests
}
