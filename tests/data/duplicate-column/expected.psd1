@{
    Description = 'A second Date column appended to the header (and the rows).'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'DuplicateColumn'
    Line        = 1
    Field       = 'Date'
}
