using System.Net;
using VanPhong.MailSink;

// The development mail sink: SMTP on MAILSINK_SMTP_PORT, the received messages at GET /messages and as a page at /.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var port = builder.Configuration.GetValue("MAILSINK_SMTP_PORT", 2525);
builder.Services.AddSingleton(new MailSinkServer(port));

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGet("/messages", (MailSinkServer sink) => sink.Messages.Reverse());
app.MapGet("/", (MailSinkServer sink) => Results.Content(
    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Hộp thư thử nghiệm</title></head><body><h1>Thư đã gửi</h1>"
    + string.Concat(sink.Messages.Reverse().Select(m =>
        $"<article><h2>{WebUtility.HtmlEncode(m.Subject)}</h2><p>{m.ReceivedAt:dd/MM/yyyy HH:mm} — đến {WebUtility.HtmlEncode(string.Join(", ", m.To))}</p><pre>{WebUtility.HtmlEncode(m.TextBody)}</pre></article>"))
    + "</body></html>", "text/html; charset=utf-8"));
app.Run();
