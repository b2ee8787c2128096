using LyncExchange.Analyzer.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
