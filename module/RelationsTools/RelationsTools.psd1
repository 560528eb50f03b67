@{
    RootModule           = 'bin/RelationsTools.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '50b4e882-700e-40c4-bc91-8579b7890441'
    Author               = 'RelationsTools'
    CompanyName          = 'RelationsTools'
    Copyright            = '(c) RelationsTools. Source documents remain the property of their publishers.'
    Description          = 'A curated, cited dataset about Cambodia-Vietnam relations (events, trade figures, sources and the claims each source makes), with cmdlets that query and compare it.'

    # Only what is tested: PowerShell 7.4+ on .NET. The code stays netstandard2.0-clean so that
    # Windows PowerShell 5.1 can be added once it can be tested.
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'

    FormatsToProcess     = @('RelationsTools.format.ps1xml', 'RelationsTools.Compare.format.ps1xml')
    CmdletsToExport      = @('Get-RelationsSource', 'Get-RelationsActor', 'Get-RelationsEvent', 'Get-TradeFigure', 'Get-RelationsClaim', 'Compare-Source', 'Test-RelationsData', 'Export-RelationsReport', 'New-RelationsDataset')
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    # Everything the gallery shows. ProjectUri is left out until the project has a public home.
    PrivateData          = @{
        PSData = @{
            Tags         = @('Cambodia', 'Vietnam', 'InternationalRelations', 'SoutheastAsia', 'ASEAN', 'Trade', 'Dataset', 'Research', 'Citations', 'Report', 'HTML', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = @'
0.1.0
- A cited dataset of sources, events, actors, trade figures and claims (data/README.md).
- Get-RelationsSource, Get-RelationsActor, Get-RelationsEvent, Get-TradeFigure, Get-RelationsClaim: typed, cited objects;
  dates keep their precision (-From/-To over the dataset's date syntax or a [datetime]).
- Compare-Source: Single, Agree, Conflict or Changed per topic, or two sources side by side.
- Test-RelationsData and -DataPath: your own data in the same layout, streamed, errors per row.
- Export-RelationsReport: one self-contained HTML page with a timeline, a trade chart, the
  comparison and the sources, every citation linked.
- Core and CsvHelper load into the module's own AssemblyLoadContext, so another CsvHelper in the
  session cannot clash. See about_RelationsTools.
'@
        }
    }
}
