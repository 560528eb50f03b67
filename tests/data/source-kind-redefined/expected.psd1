@{
    Description = 'A user''s version of a bundled source with another Kind (Analysis for an OpEd): allowed, and worth a warning, since every claim of the document is weighed by it.'
    Command     = 'Get-RelationsSource'
    Outcome     = 'Warning'
    Rows        = 9
    WarningId   = 'SourceKindRedefined'
    Line        = 2
    Field       = 'Kind'
}
