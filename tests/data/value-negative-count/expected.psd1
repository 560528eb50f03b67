@{
    Description = 'Value -205 for a Count of projects.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 4
    Field       = 'Value'
}
