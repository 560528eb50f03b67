@{
    Description = 'A Khmer Times claim whose Citation points into the ISEAS article.'
    Command     = 'Get-RelationsClaim'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidCitation'
    Line        = 3
    Field       = 'Citation'
}
