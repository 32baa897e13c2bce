using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Store;

namespace Sahel.Cli.Commands.Store;

/// <summary>`sahel store copy --from PATH|URL --to PATH|URL`: move a store between a file and a team's PostgreSQL (docs/team.md).</summary>
public static class StoreCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var store = new SahelCommand("store", "Manage whole stores: move one between a file and a team's PostgreSQL",
            "sahel store copy --from ~/.local/share/sahel/sahel.db --to postgres://analyst@db.example:5432/sahel");
        store.Add(Copy(globals, environment));
        return store;
    }

    private static SahelCommand Copy(GlobalOptions globals, CliEnvironment environment)
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a file, a postgres:// URL or a connection string", HelpName = "PATH|URL", Required = true };
        var to = new Option<string>("--to") { Description = "The new, empty store to copy into (created when it is a file)", HelpName = "PATH|URL", Required = true };
        var command = new SahelCommand("copy", "Copy every feed, story, page, version and cached analysis, ids included, into an empty store; then check both agree",
            "sahel store copy --from sahel.db --to postgres://analyst@db.example:5432/sahel",
            "sahel store copy --from postgres://analyst@db.example/sahel --to backup.db") { from, to };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var source = Location(parse.GetValue(from)!, "--from");
            var target = Location(parse.GetValue(to)!, "--to");
            if (source.Display == target.Display)
                throw CliException.Usage("--from and --to name the same store");
            if (source.FilePath is { } path && !File.Exists(path))
                throw new StoreException($"{path}: no store at this path");
            using var fromStore = SahelStore.Open(source);
            using var toStore = SahelStore.Open(target);
            var tables = StoreCopy.Run(fromStore, toStore);
            foreach (var table in tables)
                context.Inform($"{table.Table,-14} {table.SourceRows,9:N0} → {table.TargetRows,9:N0}  {(table.Intact ? "identical" : "DIFFERENT")}");
            var rows = tables.Sum(t => t.TargetRows);
            if (tables.All(t => t.Intact))
            {
                context.Out.WriteLine($"sahel: copied {fromStore.Location} to {toStore.Location}: {tables.Count} tables, {rows:N0} rows, ids and every value identical");
                return Task.FromResult(ExitCodes.Success);
            }
            context.Error.WriteLine($"sahel: copy to {toStore.Location} differs from {fromStore.Location} in {string.Join(", ", tables.Where(t => !t.Intact).Select(t => t.Table))}");
            return Task.FromResult(ExitCodes.Failure);
        });
        return command;
    }

    private static StoreLocation Location(string text, string option) =>
        StoreLocation.TryParse(text, out var location, out var error) ? location! : throw CliException.Usage(option + error![4..]);
}
