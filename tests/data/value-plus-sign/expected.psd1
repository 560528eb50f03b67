@{
    Description = 'A count written with a plus sign, +205.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 3
    ErrorId     = 'InvalidNumber'
    Line        = 3
    Field       = 'Value'
    Culture     = $true
}
