@{
    Description = 'Value 5E9: exponent notation.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 2
    Field       = 'Value'
    Culture     = $true
}
