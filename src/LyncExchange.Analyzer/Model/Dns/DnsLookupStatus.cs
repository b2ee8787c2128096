namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>How a lookup over the supplied zones ended.</summary>
public enum DnsLookupStatus
{
    /// <summary>Records of the asked type exist at the final name.</summary>
    Found,

    /// <summary>The final name exists in a supplied zone but has no records of the asked type.</summary>
    NoData,

    /// <summary>The final name lies in a supplied zone and does not exist there.</summary>
    NameNotFound,

    /// <summary>The name (or the end of its CNAME chain) is in no supplied zone, or below a delegation to one not supplied.</summary>
    OutsideSuppliedZones,

    /// <summary>The CNAME/DNAME chain comes back to a name already visited.</summary>
    CnameLoop,

    /// <summary>The chain is longer than any resolver would follow.</summary>
    ChainTooLong,
}
