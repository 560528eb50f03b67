namespace RelationsTools.Model
{
    /// <summary>What an event is mainly about.</summary>
    public enum EventCategory
    {
        Diplomacy,
        Trade,
        Investment,
        Security,
        Border,
        Infrastructure,
        Politics,
        History,
    }

    public enum ActorKind
    {
        Person,
        Party,
        Government,
        Organisation,
        Country,
    }

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

    /// <summary>Whether a figure happened, is aimed at, or is someone's estimate: a target is never an actual.</summary>
    public enum FigureKind
    {
        Actual,
        Target,
        Estimate,
    }

    /// <summary>The unit of a value. Trade figures use USD, Percent and Count; claims may also be a Rank or a Date.</summary>
    public enum ValueUnit
    {
        USD,
        Percent,
        Count,
        Rank,
        Date,
    }

    /// <summary>How a source bounds its number: "more than 80%" is AtLeast 80, "about US$5 billion" is About.</summary>
    public enum Qualifier
    {
        Exact,
        About,
        AtLeast,
        AtMost,
    }
}
