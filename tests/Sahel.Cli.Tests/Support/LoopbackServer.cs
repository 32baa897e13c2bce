using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 for end-to-end tests: each path answers with a scripted handler that knows
/// how many times it has been hit. Never reaches beyond loopback; stops when disposed.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, int, Task>> _routes = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, string? UserAgent)> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path;

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public IReadOnlyList<(string Path, string? IfNoneMatch, string? UserAgent)> Requests => _requests.ToList();

    public void Map(string path, Func<HttpListenerContext, int, Task> handler) => _routes[path] = handler;

    /// <summary>Serves a body with an ETag, and 304 to a request that presents it.</summary>
    public void MapFeed(string path, string body, string etag = "\"v1\"", string contentType = "application/rss+xml; charset=utf-8") =>
        Map(path, async (context, _) =>
        {
            if (context.Request.Headers["If-None-Match"] == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers["ETag"] = etag;
            await Respond(context, 200, body, contentType);
        });

    public static async Task Respond(HttpListenerContext context, int status, string body, string contentType = "application/rss+xml; charset=utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    public static void Redirect(HttpListenerContext context, int status, string location)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["Location"] = location;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's managed HttpListener looks its port up again when closing after Stop; when a parallel test's
            // server has taken that port meanwhile, it throws "Address already in use". This server is stopped by then.
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _requests.Enqueue((path, context.Request.Headers["If-None-Match"], context.Request.UserAgent));
        try
        {
            if (_routes.TryGetValue(path, out var handler))
                await handler(context, hit);
            else
                await Respond(context, 404, "not here", "text/plain");
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (timeout, size cap): that is what several tests provoke.
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
