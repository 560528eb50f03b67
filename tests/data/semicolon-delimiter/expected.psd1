@{
    Description = 'Saved by a spreadsheet in a German locale: '';'' between fields, CRLF, lists quoted.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'WrongDelimiter'
    Line        = 1
}
