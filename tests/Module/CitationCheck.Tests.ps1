# Test-RelationsData checks citations against the texts of their sources (texts/<source-id>.txt, or -TextPath);
# queries never read the texts. The hostile cases in tests/data hold the texts' bad input.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:SharedSources = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../../shared/sources'))
    $script:P = [char]0xB6

    # A folder of one's own: one source, its text, and one trade figure citing it.
    function New-TextFolder([string] $Path, [string] $Value = '8200000000', [string] $Text = '[1] Two-way trade reached $8.2 billion last year.') {
        $null = New-Item -ItemType Directory -Force -Path (Join-Path $Path 'texts')
        Set-Content -LiteralPath (Join-Path $Path 'sources.csv') -Value 'Id,Title,Publisher,Authors,Published,Kind,Language,Note', 'my-report,My report,,,2026-01,NewsReport,en,'
        Set-Content -LiteralPath (Join-Path $Path 'texts/my-report.txt') -Value 'id: my-report', '', $Text
        Set-Content -LiteralPath (Join-Path $Path 'trade-figures.csv') -Value 'Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note', "tf-1,BilateralTrade,2025,Actual,$Value,USD,Exact,my-report $($P)1,,"
        $Path
    }
}

Describe 'The bundled data against the texts of its sources' -Tag CitationCheck {
    It 'has every citation borne out by ../shared/sources' {
        if (-not (Test-Path -LiteralPath $SharedSources)) {
            Set-ItResult -Skipped -Because "the source texts are not at $SharedSources (../shared/sources beside the clone)"
            return
        }
        $problems = @(Test-RelationsData -TextPath $SharedSources)
        $problems | Should -HaveCount 0 -Because ($problems | ForEach-Object { "$($_.File):$($_.Line): $($_.Field): $($_.Problem)" } | Out-String)
    }
}

Describe 'Test-RelationsData -TextPath' -Tag CitationCheck {
    It 'passes a figure its paragraph writes, and reports a wrong one at its file, line and field, naming the citation' {
        $folder = New-TextFolder (Join-Path $TestDrive 'right')
        Test-RelationsData $folder | Should -BeNullOrEmpty

        $folder = New-TextFolder (Join-Path $TestDrive 'wrong') -Value 8300000000
        $problem = Test-RelationsData $folder
        $problem | Should -HaveCount 1
        $problem.ErrorId | Should -BeExactly 'ValueNotInText'
        $problem.File | Should -Be (Join-Path $folder 'trade-figures.csv')
        $problem.Line | Should -Be 2
        $problem.Field | Should -BeExactly 'Value'
        $problem.Problem | Should -BeLike "*my-report $($P)1*"
        Test-RelationsData $folder -Quiet | Should -BeFalse
    }

    It 'takes texts from another folder, relative to the current location, instead of the data folder''s' {
        $folder = New-TextFolder (Join-Path $TestDrive 'elsewhere') -Value 8300000000
        $texts = New-Item -ItemType Directory -Force -Path (Join-Path $TestDrive 'other-texts')
        Set-Content -LiteralPath (Join-Path $texts 'my-report.txt') -Value '[1] Trade reached US$8.3 billion.'
        Push-Location $TestDrive
        try {
            Test-RelationsData $folder -TextPath ./other-texts | Should -BeNullOrEmpty
        }
        finally {
            Pop-Location
        }
    }

    It 'reports a -TextPath that does not exist' {
        $folder = New-TextFolder (Join-Path $TestDrive 'missing')
        $problem = Test-RelationsData $folder -TextPath (Join-Path $TestDrive 'no-such-texts')
        $problem.ErrorId | Should -BeExactly 'TextFolderNotFound'
        $problem.Severity | Should -Be 'Error'
    }

    It 'leaves queries alone: they never read a text, even a broken one' {
        $folder = New-TextFolder (Join-Path $TestDrive 'broken') -Value 8300000000 -Text 'no paragraph markers at all'
        $figures = @(Get-TradeFigure -DataPath $folder -ErrorVariable errors)
        $figures | Should -HaveCount 1
        $errors | Should -HaveCount 0
        (Test-RelationsData $folder).ErrorId | Should -BeExactly 'NoParagraphs'
    }
}

Describe 'Typing the pilcrow' -Tag CitationCheck {
    It 'is explained in a malformed citation''s message, and the advice works' {
        $folder = New-TextFolder (Join-Path $TestDrive 'section-sign')
        Set-Content -LiteralPath (Join-Path $folder 'trade-figures.csv') -Value 'Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note', 'tf-1,BilateralTrade,2025,Actual,8200000000,USD,Exact,my-report §1,,'
        $problem = Test-RelationsData $folder
        $problem.ErrorId | Should -BeExactly 'InvalidCitation'
        $problem.Problem | Should -BeLike "*'source-id $($P)N'*"
        $problem.Problem | Should -BeLike '*`[char`]0xB6*'
        $problem.Problem | Should -BeLike '*``u{B6}*'

        # Both ways the message gives produce a citation that is accepted.
        Set-Content -LiteralPath (Join-Path $folder 'trade-figures.csv') -Value 'Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note',
            "tf-1,BilateralTrade,2025,Actual,8200000000,USD,Exact,my-report $([char]0xB6)1,,", "tf-2,BilateralTrade,2025,Actual,8200000000,USD,Exact,my-report `u{B6}1,,"
        Test-RelationsData $folder | Should -BeNullOrEmpty
    }

    It 'is explained in about_RelationsTools, with the citation form' {
        $about = Get-Help about_RelationsTools | Out-String
        $about | Should -BeLike '*CHECKING CITATIONS AGAINST SOURCE TEXTS*'
        $about | Should -BeLike "*`"my-report $($P)3`"*"
        $about | Should -BeLike '*`[char`]0xB6*'
        $about | Should -BeLike '*``u{B6}*'
    }
}
