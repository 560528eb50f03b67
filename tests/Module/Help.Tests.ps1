# Every exported cmdlet has complete help, and every example in it runs. Examples are written to be
# run as they stand, so a renamed parameter or a changed output breaks the build, not the reader.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:Commands = @((Get-Module RelationsTools).ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
    $script:Examples = foreach ($command in (Get-Module RelationsTools).ExportedCmdlets.Keys) {
        $index = 0
        foreach ($example in (Get-Help $command -Full).examples.example) {
            $index++
            @{ Name = $command; Index = $index; Code = ($example.code -join "`n") }
        }
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
        # A DontShow parameter (InputObject, which takes any piped object) is plumbing, hidden from syntax and completion.
        $parameters = (Get-Command $Name).Parameters.Values
        $actual = $parameters | Where-Object { $_.Name -notin $Common -and -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) } | ForEach-Object Name
        foreach ($parameter in $actual) {
            $documented | Should -Contain $parameter
            ($help.parameters.parameter | Where-Object name -EQ $parameter).description.Text | Should -Not -BeNullOrEmpty
        }
        foreach ($parameter in $documented) {
            $actual | Should -Contain $parameter
        }
    }

    It 'has at least two examples' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
    }
}

Describe 'Example <Index> of <Name>' -ForEach $Examples {
    It 'runs without error' {
        # In a folder of its own: examples write files (reports, datasets) with relative paths.
        Push-Location -LiteralPath $TestDrive
        try {
            $null = & ([scriptblock]::Create($Code)) 2>&1 | Tee-Object -Variable output
        }
        finally {
            Pop-Location
        }
        $problems = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $problems | Should -BeNullOrEmpty -Because "example code: $Code"
    }
}
