using LyncExchange.Analyzer.Deployment.Scenarios;

namespace LyncExchange.Analyzer.Rules;

/// <summary>Reads the scenario column of RULES.md as a rule's descriptor carries it ("all", "LyncServerOnly, Hybrid").</summary>
public static class ScenarioList
{
    public static bool Contains(string scenarios, LyncScenario scenario)
    {
        if (string.IsNullOrWhiteSpace(scenarios) || scenarios.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return scenarios.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(s => Enum.TryParse<LyncScenario>(s, ignoreCase: true, out var parsed) && parsed == scenario);
    }
}
