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
    CmdletsToExport      = @('Get-RelationsSource', 'Get-RelationsEvent', 'Get-TradeFigure', 'Get-RelationsClaim', 'Compare-Source', 'Test-RelationsData')
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags         = @('Cambodia', 'Vietnam', 'InternationalRelations', 'SoutheastAsia', 'Trade', 'Dataset', 'Research', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ReleaseNotes = 'Foundation: the sources of the bundled dataset and Get-RelationsSource.'
        }
    }
}
