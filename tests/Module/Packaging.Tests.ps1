# The module folder is gallery-ready: its manifest passes, it carries a license and an about topic,
# and it survives a round trip through a repository: Publish-PSResource to a temporary file-system
# repository, Save-PSResource into a fresh folder, and an import BY NAME in a new process whose
# PSModulePath starts with that folder. PSResourceGet keeps its state (registered repositories) under
# the user's data folder, so those processes get a HOME and XDG folders of their own in $TestDrive,
# and the test checks that nothing was written to the real one.
BeforeAll {
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:ModulePath = (Resolve-Path (Join-Path $PSScriptRoot '../../module/RelationsTools')).Path
    Import-Module $ModulePath -Force
}

Describe 'The module folder' {
    It 'passes Test-ModuleManifest with the fields a gallery shows' {
        $manifest = Test-ModuleManifest (Join-Path $ModulePath 'RelationsTools.psd1') -ErrorAction Stop
        $manifest.Version | Should -BeGreaterThan ([version]'0.0')
        $manifest.Description | Should -Not -BeNullOrEmpty
        $manifest.Author | Should -Not -BeNullOrEmpty
        $manifest.Tags | Should -Contain 'Cambodia'
        $manifest.ReleaseNotes | Should -Match 'Export-RelationsReport'
        $manifest.LicenseUri | Should -Not -BeNullOrEmpty
    }

    It 'carries the MIT license' {
        Join-Path $ModulePath 'LICENSE' | Should -FileContentMatch 'MIT License'
    }

    It 'exports every cmdlet its DLL defines, and nothing else' {
        $module = Get-Module RelationsTools
        $defined = $module.ImplementingAssembly.GetExportedTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" } | Sort-Object
        $defined | Should -Contain 'Export-RelationsReport'
        ($module.ExportedCommands.Keys | Sort-Object) | Should -Be $defined
    }

    It 'has one version: the manifest''s, which both assemblies and the newest release notes carry' {
        $manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'RelationsTools.psd1')
        $version = [version]$manifest.ModuleVersion
        $core = [RelationsTools.Model.RelationsSource].Assembly
        foreach ($assembly in (Get-Module RelationsTools).ImplementingAssembly, $core) {
            $assembly.GetName().Version.ToString(3) | Should -Be $version.ToString(3) -Because $assembly.Location
            $informational = $assembly.GetCustomAttributes([System.Reflection.AssemblyInformationalVersionAttribute], $false).InformationalVersion
            $informational | Should -BeLike "$version*" -Because $assembly.Location
        }
        ($manifest.PrivateData.PSData.ReleaseNotes -split '\r?\n')[0].Trim() | Should -Be "$version"
    }

    It 'has an about_RelationsTools topic on the data, dates, citations and statuses' {
        $about = Get-Help about_RelationsTools | Out-String
        $about | Should -Match 'about_RelationsTools'
        foreach ($heading in 'THE DATA', 'PROVENANCE', 'YOUR OWN DATASET', 'HOW THE CMDLETS ANSWER', 'DATE SYNTAX', 'CITATIONS', 'COMPARISON STATUSES', 'EXPORTING') { $about | Should -Match $heading }
        foreach ($status in 'Single', 'Agree', 'Conflict', 'Changed') { $about | Should -Match "\n\s+$status\s" }
        $about | Should -Match ([regex]::Escape('[..1974]'))
        $about | Should -Match 'InWindow'
        $about | Should -Match 'SourceKinds'
    }

    It 'gives <_> a synopsis that is a sentence of its own' -ForEach 'about_RelationsTools', 'about_RelationsTools_Data' {
        # Get-Help takes an about topic's fifth line as its synopsis, whatever it holds.
        (Get-Help $_).Synopsis | Should -Match '^[A-Z][^.]*\S.*\.$'
        (Get-Help $_).Synopsis | Should -Not -Match '^\d'
    }

    It 'has the column dictionary of the data as about_RelationsTools_Data, the data README itself' {
        $dictionary = Get-Help about_RelationsTools_Data | Out-String
        $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../data/README.md')
        foreach ($column in 'RepostOf', 'Paragraphs', 'Derivation', 'Status') { $dictionary | Should -Match "\| $column\b" }
        ($dictionary -replace '\s+', ' ').Trim() | Should -Be (($readme -replace '\s+', ' ').Trim())
    }
}

Describe 'Publishing to a repository and installing from it' {
    BeforeAll {
        $script:Home_ = Join-Path $TestDrive 'home'
        $script:Environment = @{
            HOME            = $Home_
            XDG_DATA_HOME   = Join-Path $Home_ '.local/share'
            XDG_CONFIG_HOME = Join-Path $Home_ '.config'
            XDG_CACHE_HOME  = Join-Path $Home_ '.cache'
            LOCALAPPDATA    = Join-Path $Home_ 'AppData/Local'    # the same on Windows
            APPDATA         = Join-Path $Home_ 'AppData/Roaming'
            USERPROFILE     = $Home_
            PSModulePath    = $null                               # the child's default, from its own HOME
        }
        foreach ($folder in $Environment.Values | Where-Object { $_ }) { $null = New-Item -ItemType Directory -Path $folder -Force }

        # The real PSResourceGet state, to compare afterwards.
        $script:RealState = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet'
        $script:RealStateBefore = if (Test-Path $RealState) { Get-ChildItem $RealState -Recurse -Force | ForEach-Object { '{0} {1:o}' -f $_.FullName, $_.LastWriteTimeUtc } } else { 'absent' }

        $script:Repository = Join-Path $TestDrive 'repository'
        $script:Saved = Join-Path $TestDrive 'saved'
        $null = New-Item -ItemType Directory -Path $Repository, $Saved -Force

        $publish = Join-Path $TestDrive 'publish.ps1'
        Set-Content -LiteralPath $publish -Value @'
param([string] $Module, [string] $Repository, [string] $Saved)
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.PSResourceGet
Register-PSResourceRepository -Name RelationsToolsTest -Uri $Repository -Trusted
Publish-PSResource -Path $Module -Repository RelationsToolsTest
Save-PSResource -Name RelationsTools -Repository RelationsToolsTest -Path $Saved -TrustRepository
[pscustomobject]@{
    StateFolder  = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet'
    Repositories = @(Get-PSResourceRepository | Where-Object Name -EQ RelationsToolsTest | ForEach-Object { $_.Uri.LocalPath })
} | ConvertTo-Json -Compress
'@
        $script:PublishRun = Invoke-FreshPwsh -File $publish -ArgumentList $ModulePath, $Repository, $Saved -Environment $Environment -WorkingDirectory $TestDrive
    }

    It 'publishes the built module folder and saves it into a fresh folder' {
        $PublishRun.ExitCode | Should -Be 0 -Because $PublishRun.Error
        Get-ChildItem $Repository -Filter 'RelationsTools.*.nupkg' | Should -HaveCount 1
        $version = (Import-PowerShellDataFile (Join-Path $ModulePath 'RelationsTools.psd1')).ModuleVersion
        $installed = Join-Path $Saved "RelationsTools/$version"
        foreach ($file in 'RelationsTools.psd1', 'LICENSE', 'bin/RelationsTools.PowerShell.dll', 'dependencies/RelationsTools.Core.dll',
            'dependencies/CsvHelper.dll', 'data/events.csv', 'en-US/RelationsTools.PowerShell.dll-Help.xml', 'en-US/about_RelationsTools.help.txt') {
            Join-Path $installed $file | Should -Exist
        }
    }

    It 'works as the README writes it, pasted into a fresh folder beside a built module' {
        $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../README.md')
        $steps = [regex]::Match($readme, '(?s)## Packaging.*?```powershell\r?\n(?<code>.*?)```').Groups['code'].Value
        $steps | Should -Match 'Publish-PSResource'
        $fresh = Join-Path $TestDrive 'fresh'
        $null = New-Item -ItemType Directory -Path (Join-Path $fresh 'module')
        Copy-Item -LiteralPath $ModulePath -Destination (Join-Path $fresh 'module/RelationsTools') -Recurse
        $pasted = Join-Path $TestDrive 'readme-steps.ps1'
        Set-Content -LiteralPath $pasted -Value ("`$ErrorActionPreference = 'Stop'`n" + $steps)

        $run = Invoke-FreshPwsh -File $pasted -Environment $Environment -WorkingDirectory $fresh
        $run.ExitCode | Should -Be 0 -Because $run.Error
        $version = (Import-PowerShellDataFile (Join-Path $ModulePath 'RelationsTools.psd1')).ModuleVersion
        Join-Path $fresh "modules/RelationsTools/$version/RelationsTools.psd1" | Should -Exist
    }

    It 'keeps PSResourceGet''s state in the test''s own folders, not the user''s' {
        $result = $PublishRun.Output | ConvertFrom-Json
        $result.StateFolder | Should -BeLike "$Home_*"
        Join-Path $result.StateFolder 'PSResourceRepository.xml' | Should -Exist
        $result.Repositories | Should -Be @($Repository)
        $after = if (Test-Path $RealState) { Get-ChildItem $RealState -Recurse -Force | ForEach-Object { '{0} {1:o}' -f $_.FullName, $_.LastWriteTimeUtc } } else { 'absent' }
        $after | Should -Be $RealStateBefore
    }

    It 'imports the saved module by name in a new process and queries it' {
        $query = Join-Path $TestDrive 'query.ps1'
        Set-Content -LiteralPath $query -Value @'
$ErrorActionPreference = 'Stop'
Import-Module RelationsTools
$module = Get-Module RelationsTools
[pscustomobject]@{
    ModuleBase  = $module.ModuleBase
    Commands    = @($module.ExportedCmdlets.Keys | Sort-Object)
    Withdrawal  = (Get-RelationsEvent -Id ev-2024-09-20-clv-dta-withdrawal).Date
    Changed     = @(Compare-Source -Status Changed).Topic
    DataIsWhole = Test-RelationsData -Quiet
    CoreFrom    = (Get-Command Get-RelationsEvent).OutputType.Type.Assembly.Location
} | ConvertTo-Json -Compress
'@
        $environment = $Environment.Clone()
        $environment.PSModulePath = $Saved + [IO.Path]::PathSeparator + [Environment]::GetEnvironmentVariable('PSModulePath')
        $run = Invoke-FreshPwsh -File $query -Environment $environment -WorkingDirectory $TestDrive
        $run.ExitCode | Should -Be 0 -Because $run.Error
        $result = $run.Output | ConvertFrom-Json

        $result.ModuleBase | Should -BeLike "$Saved*"
        $result.Commands | Should -Contain 'Export-RelationsReport'
        $result.Withdrawal | Should -Be '2024-09-20'
        $result.Changed | Should -Contain 'vietnam-export-rank'
        $result.DataIsWhole | Should -BeTrue
        $result.CoreFrom | Should -BeLike "$Saved*dependencies*RelationsTools.Core.dll"
    }
}
