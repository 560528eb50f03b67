namespace RelationsTools.Model
{
    /// <summary>What a trade figure measures.</summary>
    public enum TradeMetric
    {
        BilateralTrade,
        CambodiaExportsToVietnam,
        CambodiaImportsFromVietnam,
        VietnamInvestmentCapital,
        VietnamInvestmentProjects,
        ShareOfCambodiaTotalTrade,
        PledgedFunding,
    }
}
