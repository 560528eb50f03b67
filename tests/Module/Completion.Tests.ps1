# The cmdlet DLL shows PowerShell its cmdlets and nothing else: its completers, its date attribute and its
# helpers are internal. PowerShell still builds an internal completer from [ArgumentCompleter(typeof(...))],
# and these tests hold that: every parameter with a completer completes from the data at the prompt.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:Completed = foreach ($command in (Get-Module RelationsTools).ExportedCmdlets.Values) {
        foreach ($parameter in $command.Parameters.Values) {
            foreach ($completer in $parameter.Attributes.Where({ $_ -is [System.Management.Automation.ArgumentCompleterAttribute] })) {
                @{ Command = $command.Name; Parameter = $parameter.Name; Completer = $completer.Type.Name }
            }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../module/RelationsTools') -Force
    $script:CmdletAssembly = (Get-Command Get-RelationsEvent).ImplementingType.Assembly
}

Describe 'The cmdlet DLL''s public surface' {
    It 'is the cmdlets, their common base class and the module initializer, nothing else' {
        # PowerShell looks for cmdlets and for an IModuleAssemblyInitializer among public types only.
        $public = $CmdletAssembly.GetExportedTypes()
        $helpers = $public.Where({ -not [System.Management.Automation.PSCmdlet].IsAssignableFrom($_) -and -not [System.Management.Automation.IModuleAssemblyInitializer].IsAssignableFrom($_) }).FullName
        $helpers | Should -BeNullOrEmpty -Because 'helpers of the cmdlets are internal'
        ($public.Where({ [System.Management.Automation.PSCmdlet].IsAssignableFrom($_) -and -not $_.IsAbstract }).Name | Sort-Object) |
            Should -Be ((Get-Module RelationsTools).ExportedCmdlets.Values.ImplementingType.Name | Sort-Object)
    }

    It 'finds parameters with completers to test' {
        # Guards the discovery above: an empty list would make the completion tests below pass by not running.
        $Completed.Completer | Sort-Object -Unique | Should -Be @('ActorCompleter', 'CategoryCompleter', 'DateCompleter', 'EventIdCompleter', 'FigureIdCompleter', 'MetricCompleter', 'SourceIdCompleter', 'SourceKindCompleter', 'TopicCompleter')
    }
}

Describe 'Tab completion of -<Parameter> of <Command> (<Completer>)' -ForEach $Completed {
    BeforeAll {
        # An empty folder, so that a completer PowerShell could not build cannot hide behind file-name completion.
        Push-Location $TestDrive
    }
    AfterAll {
        Pop-Location
    }

    It 'offers values from the data, not file names' {
        $line = "$Command -$Parameter "
        $matches_ = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $matches_ | Should -Not -BeNullOrEmpty
        $matches_.ResultType | Sort-Object -Unique | Should -Be 'ParameterValue'
    }
}
