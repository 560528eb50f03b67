@{
    Description = 'A count of -0.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 3
    ErrorId     = 'InvalidNumber'
    Line        = 3
    Field       = 'Value'
    Culture     = $true
}
