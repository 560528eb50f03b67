@{
    Description = 'The Title column is missing from the header and the rows.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'MissingColumn'
    Line        = 1
    Field       = 'Title'
}
