"""The Qt desktop interface. Only this package imports Qt; every action calls pixdesk.services or pixdesk.documents."""
