@{
    Description = 'The reference for trade figures: three figures in USD, Percent (with a decimal point) and Count, citing bundled sources.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'Accepted'
    Rows        = 3
    Culture     = $true
}
