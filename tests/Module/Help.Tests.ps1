# Every exported cmdlet has complete help, and every example in it runs. Examples are written to be
# run as they stand, so a renamed parameter or a changed output breaks the build, not the reader.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:Commands = foreach ($command in (Get-Module RelationsTools).ExportedCmdlets.Keys | Sort-Object) {
        $index = 0
        $examples = foreach ($example in (Get-Help $command -Full).examples.example) {
            $index++
            @{ Index = $index; Code = ($example.code -join "`n") }
        }
        @{ Name = $command; Examples = @($examples) }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

Describe 'Help for <Name>' -ForEach $Commands {
    BeforeAll {
        $script:help = Get-Help $Name -Full
    }

    It 'has a synopsis of its own' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))"   # not the auto-generated syntax line
    }

    It 'has a description' {
        ($help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'documents every parameter' {
        $documented = @($help.parameters.parameter.name)
        $actual = (Get-Command $Name).Parameters.Values | Where-Object Name -NotIn $Common | ForEach-Object Name
        foreach ($parameter in $actual) {
            $documented | Should -Contain $parameter
            ($help.parameters.parameter | Where-Object name -EQ $parameter).description.Text | Should -Not -BeNullOrEmpty
        }
        foreach ($parameter in $documented) {
            $actual | Should -Contain $parameter
        }
    }

    # The help's "Accept pipeline input?" is written by hand: it must say what PowerShell really binds, in the
    # parameter's own entry and in every syntax line that shows it, so that it can never drift from the code again.
    It 'says for every parameter what it takes from the pipeline, as the cmdlet binds it' {
        $parameters = (Get-Command $Name).Parameters
        $entries = @($help.parameters.parameter) + @($help.syntax.syntaxItem.parameter)
        foreach ($entry in $entries) {
            $sets = $parameters[$entry.name].ParameterSets.Values
            $ways = @(
                if ($sets | Where-Object ValueFromPipeline) { 'ByValue' }
                if ($sets | Where-Object ValueFromPipelineByPropertyName) { 'ByPropertyName' }
            )
            $expected = if ($ways) { "True ($($ways -join ', '))" } else { 'False' }
            $entry.pipelineInput | Should -Be $expected -Because "-$($entry.name) of $Name"
        }
    }

    It 'says for every parameter whether it takes wildcards, as the cmdlet does' {
        $parameters = (Get-Command $Name).Parameters
        foreach ($entry in @($help.parameters.parameter) + @($help.syntax.syntaxItem.parameter)) {
            $wildcards = [bool]($parameters[$entry.name].Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            $entry.globbing | Should -Be $wildcards.ToString().ToLowerInvariant() -Because "-$($entry.name) of $Name"
        }
    }

    It 'names every type it takes from the pipeline as an input' {
        $inputs = @($help.inputTypes.inputType.type.name) -join "`n"
        $piped = (Get-Command $Name).Parameters.Values | Where-Object { $_.ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName } }
        foreach ($parameter in $piped) {
            $type = $parameter.ParameterType
            $element = if ($type.IsArray) { $type.GetElementType() } else { $type }
            $inputs | Should -Match ([regex]::Escape($element.FullName)) -Because "-$($parameter.Name) of $Name takes $($element.FullName) from the pipeline"
        }
    }

    It 'has at least two examples' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
    }
}

# A command's examples run in order in a folder of their own (a later one may use what an earlier one wrote,
# as at a prompt), with relative paths, so that two runs never share a file. The temp folder is pointed into
# that folder too: an example that writes to the real one would race with other runs and leave files behind.
Describe 'Examples of <Name>' -ForEach $Commands {
    BeforeAll {
        Push-Location -LiteralPath $TestDrive
        $script:SavedTemp = @{ TMPDIR = $env:TMPDIR; TMP = $env:TMP; TEMP = $env:TEMP }
        $script:Temp = (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'temp')).FullName
        $env:TMPDIR = $env:TMP = $env:TEMP = $Temp + [IO.Path]::DirectorySeparatorChar
    }
    AfterAll {
        foreach ($name in $SavedTemp.Keys) { Set-Item -LiteralPath "env:$name" -Value $SavedTemp[$name] }
        Pop-Location
    }

    It 'example <Index> runs without error and writes nothing to the temp folder' -ForEach $Examples {
        [IO.Path]::GetTempPath() | Should -BeLike "$Temp*" -Because 'the examples must not see the shared temp folder'
        $null = & ([scriptblock]::Create($Code)) 2>&1 | Tee-Object -Variable output
        $problems = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $problems | Should -BeNullOrEmpty -Because "example code: $Code"
        Get-ChildItem -LiteralPath $Temp -Force | Should -BeNullOrEmpty -Because "example code: $Code"
    }
}
