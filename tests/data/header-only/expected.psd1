@{
    Description = 'The header and nothing else.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'NoRows'
    Line        = 0
}
