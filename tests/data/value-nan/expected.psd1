@{
    Description = 'Value NaN.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 3
    Field       = 'Value'
    Culture     = $true
}
