// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/httpconnection.h"

#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTextStream>
#include <QUrl>

#include <limits>
#include <sys/socket.h>

namespace {
// A closing connection has sent its answer and a FIN; it reads nothing more, so a client
// still sending stalls on TCP flow control, costing neither side anything, until it hangs
// up or the linger ends. A client that reads while it sends has the answer by then.
constexpr int kLingerMs = 1000;
// What Qt buffers per socket beyond what we asked for: the rest waits in the kernel.
constexpr qint64 kSocketBuffer = 64 * 1024;

HqAnswer error(int status, const char *code)
{
    return HqAnswer{status, Protocol::errorBody(QString::fromLatin1(code))};
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {{200, "OK"},
                                                   {201, "Created"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {405, "Method Not Allowed"},
                                                   {408, "Request Timeout"},
                                                   {409, "Conflict"},
                                                   {411, "Length Required"},
                                                   {413, "Content Too Large"},
                                                   {415, "Unsupported Media Type"},
                                                   {422, "Unprocessable Content"},
                                                   {429, "Too Many Requests"},
                                                   {431, "Request Header Fields Too Large"},
                                                   {501, "Not Implemented"},
                                                   {503, "Service Unavailable"}};
    return phrases.value(status, QByteArrayLiteral("Status"));
}

QByteArray response(const HqAnswer &a, bool keepAlive, bool withBody)
{
    const QByteArray body = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (a.retryAfterSeconds > 0)
        out += "Retry-After: " + QByteArray::number(a.retryAfterSeconds) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (withBody)
        out += body;
    return out;
}

// One JSON line per request on stderr: what an operator greps and a log shipper reads.
void logLine(QJsonObject line, const QJsonObject &body)
{
    line.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (body.contains(QLatin1String("error")))
        line.insert(QStringLiteral("error"), body.value(QLatin1String("error")));
    if (body.contains(QLatin1String("accepted")))
        line.insert(QStringLiteral("accepted"), body.value(QLatin1String("accepted")));
    static QTextStream err(stderr);
    err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

// A Content-Length too long to hold is simply too large: 413, not 400.
bool parseLength(const QByteArray &value, qint64 *length)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(QString::fromLatin1(value)).hasMatch())
        return false;
    *length = value.size() > 15 ? std::numeric_limits<qint64>::max() : value.toLongLong();
    return true;
}
} // namespace

HttpConnection::HttpConnection(HqServer &server, QTcpSocket *socket, const QHostAddress &peer,
                               bool proxied, const HttpLimits &limits, QObject *parent)
    : QObject(parent), m_server(server), m_socket(socket), m_peer(peer), m_proxied(proxied),
      m_limits(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketBuffer);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadable);
    connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this]() {
        m_socket->abort();
        deleteLater();
    });
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onAllWritten);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onAllWritten);
    // The first head must be whole within the header timeout, TLS handshake included.
    m_clock.start();
    startTimer(m_limits.headerTimeoutMs);
}

QByteArray HttpConnection::tooManyConnectionsAnswer()
{
    return response(error(429, "too_many_connections"), false, true);
}

void HttpConnection::logRefusal(const QString &peer)
{
    logLine(QJsonObject{{QStringLiteral("peer"), peer},
                        {QStringLiteral("status"), 429},
                        {QStringLiteral("ms"), 0}},
            Protocol::errorBody(QStringLiteral("too_many_connections")));
}

void HttpConnection::startTimer(int ms)
{
    m_deadline.start(ms);
}

void HttpConnection::onReadable()
{
    if (m_state == State::Closing)
        return;
    bool progress = true;
    while (progress && m_state != State::Closing)
        progress = m_state == State::Head ? readHead() : readBody();
}

bool HttpConnection::readHead()
{
    const qint64 room = m_limits.maxHeadBytes + 4 - m_buffer.size();
    if (room > 0)
        m_buffer += m_socket->read(room);
    // Empty lines between requests are allowed (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    if (m_buffer.isEmpty())
        return false;
    if (m_idle) {
        m_idle = false;
        m_clock.start();
        startTimer(m_limits.headerTimeoutMs);
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > m_limits.maxHeadBytes) {
        if (end >= 0 || m_buffer.size() > m_limits.maxHeadBytes)
            answer(error(431, "headers_too_large"), true);
        return false;
    }
    const QByteArray head = m_buffer.left(end + 2); // every line with its CRLF
    m_buffer.remove(0, end + 4);
    if (!parseHead(head)) {
        answer(HqAnswer{400, Protocol::badRequest(QStringLiteral("malformed HTTP request"))}, true);
        return false;
    }
    if (m_chunked) {
        answer(error(411, "length_required"), true);
        return false;
    }
    if (const HqAnswer refused = m_server.admit(m_request); refused.status != 0) {
        answer(refused, m_request.contentLength > 0);
        return m_state == State::Head;
    }
    if (m_request.contentLength <= 0) {
        answer(m_server.handle(m_request), false);
        return m_state == State::Head;
    }
    m_state = State::Body;
    startTimer(m_limits.bodyTimeoutMs);
    if (m_expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

bool HttpConnection::readBody()
{
    const qint64 missing = m_request.contentLength - m_buffer.size();
    if (missing > 0)
        m_buffer += m_socket->read(missing);
    if (m_buffer.size() < m_request.contentLength)
        return false;
    m_request.body = m_buffer.left(m_request.contentLength);
    m_buffer.remove(0, m_request.contentLength);
    m_state = State::Head;
    answer(m_server.handle(m_request), false);
    m_request.body.clear();
    return m_state == State::Head;
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    m_request = HqRequest();
    m_request.peer = m_peer;
    m_chunked = m_expectContinue = m_lengthSeen = false;
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // what followed the last line feed: nothing
    static const QRegularExpression requestLine(
        QStringLiteral("^([A-Z]{1,16}) (/[\\x21-\\x7e]*) HTTP/1\\.([01])\\r$"));
    const QRegularExpressionMatch m = requestLine.match(QString::fromLatin1(lines.first()));
    if (!m.hasMatch())
        return false;
    const QUrl url = QUrl::fromEncoded(m.captured(2).toLatin1(), QUrl::StrictMode);
    if (!url.isValid())
        return false;
    m_request.method = m.captured(1);
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    m_keepAlive = m.captured(3) == QLatin1String("1");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no space before the colon, no bare line feeds.
        if (!line.endsWith('\r') || colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
            return false;
        const QByteArray name = line.left(colon);
        if (name.contains(' ') || name.contains('\t'))
            return false;
        if (!parseHeader(name.toLower(), line.mid(colon + 1).trimmed()))
            return false;
    }
    return true;
}

bool HttpConnection::parseHeader(const QByteArray &name, const QByteArray &value)
{
    if (name == "content-length") {
        qint64 length = 0;
        if (!parseLength(value, &length) || (m_lengthSeen && length != m_request.contentLength))
            return false;
        m_lengthSeen = true;
        m_request.contentLength = length;
    } else if (name == "transfer-encoding") {
        m_chunked = true;
    } else if (name == "authorization") {
        m_request.authorization = value;
    } else if (name == "content-type") {
        m_request.contentType = value;
    } else if (name == "connection") {
        const QByteArray tokens = value.toLower();
        if (tokens.contains("close"))
            m_keepAlive = false;
        else if (tokens.contains("keep-alive"))
            m_keepAlive = true;
    } else if (name == "expect") {
        m_expectContinue = value.toLower() == "100-continue";
    } else if (name == "x-real-ip" && m_proxied) {
        const QHostAddress client(QString::fromLatin1(value));
        if (!client.isNull())
            m_request.peer = client;
    }
    return true;
}

void HttpConnection::answer(const HqAnswer &a, bool close)
{
    const bool keepAlive = m_keepAlive && !close;
    m_socket->write(response(a, keepAlive, m_request.method != QLatin1String("HEAD")));
    QJsonObject line{{QStringLiteral("method"), m_request.method},
                     {QStringLiteral("path"), m_request.path},
                     {QStringLiteral("status"), a.status},
                     {QStringLiteral("ms"), m_clock.elapsed()},
                     {QStringLiteral("peer"),
                      m_request.peer.isNull() ? m_peer.toString() : m_request.peer.toString()}};
    logLine(line, a.body);
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Head;
    m_idle = true;
    startTimer(m_limits.idleTimeoutMs);
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    m_buffer.clear();
    m_request = HqRequest();
    startTimer(kLingerMs);
    // Nothing more is read: give back what Qt holds for this socket, and let it hold no
    // more than a byte while the connection lingers.
    m_socket->setReadBufferSize(1);
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->flush();
    onAllWritten();
}

// Once a closing connection's answer is out: say so (FIN, or TLS close_notify) and keep
// reading until the client closes or the linger ends.
void HttpConnection::onAllWritten()
{
    if (m_state != State::Closing || m_socket->bytesToWrite() > 0)
        return;
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    if (tls) {
        if (tls->encryptedBytesToWrite() == 0)
            tls->disconnectFromHost();
        return;
    }
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void HttpConnection::onDeadline()
{
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    if (m_state == State::Closing || (tls && !tls->isEncrypted())) {
        m_socket->abort();
        deleteLater();
        return;
    }
    if (m_state == State::Head && m_idle) {
        closeGracefully(); // a quiet keep-alive connection: nothing to answer
        return;
    }
    m_request.peer = m_peer;
    answer(error(408, "request_timeout"), true);
}
